package org.opendoor.triage.cases;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;
import org.opendoor.model.CaseStatus;
import org.opendoor.model.Flag;
import org.opendoor.model.Json;
import org.opendoor.model.Pathway;
import org.opendoor.model.Priority;
import org.opendoor.model.ReferralReceived;
import org.opendoor.model.ReferralTriaged;
import org.opendoor.triage.children.ChildHistory;
import org.opendoor.triage.routing.RoutingDecision;
import org.opendoor.triage.rules.CinSuggestion;
import org.opendoor.triage.rules.FiredRule;
import org.opendoor.triage.rules.TriageOutcome;

/**
 * A referral in a duty queue: where it was routed, what triage recommends and why, and by when it must be decided.
 * {@code referral} is the referral as received, personal data included: shown to the routed authority's duty staff
 * only, never logged, loaded only when read, and never rewritten.
 *
 * <p>Values that Hibernate would otherwise copy and compare field by field at every flush (the explanation, the
 * flags, the CIN factors) are immutable here and replaced as a whole when they change.
 */
@Entity
@Table(name = "duty_case")
@DynamicUpdate // a command writes the columns it changed, never the referral again
public class DutyCase {
    @Id
    private UUID id;
    private UUID referralId;
    private String reference;
    private String localAuthority;
    private String team;
    private int level;
    @Enumerated(EnumType.STRING)
    private Priority priority;
    @Enumerated(EnumType.STRING)
    private Pathway recommendedPathway;
    @Convert(converter = FlagsColumn.class)
    private Set<Flag> flags;
    private String rulesetVersion;
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    private List<FiredRule> rulesFired;
    private String cinPrimaryNeed;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Mutability(Immutability.class)
    private List<String> cinFactors;
    private Instant receivedAt;
    private Instant decisionDueAt;
    @Enumerated(EnumType.STRING)
    private CaseStatus status;
    @Column(name = "prior_referrals_12_months")
    private int priorReferrals12Months;
    @Column(name = "police_da_incidents_12_months")
    private int policeDomesticAbuseIncidents12Months;
    @Basic(fetch = FetchType.LAZY)
    @JdbcTypeCode(SqlTypes.JSON)
    private String referral;
    private Instant escalatedAt;
    private String routingBasis;
    private boolean postcodeOutsidePartnership;
    private String sourceCode;
    private boolean sourceCodeNeedsReview;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Mutability(Immutability.class)
    private List<UUID> childIds;

    protected DutyCase() {
    }

    /**
     * A new case, awaiting its decision.
     *
     * @param route                      where the case belongs (by postcode, or the front door it came in through)
     * @param postcodeOutsidePartnership the child's postcode lies outside the partnerships: the case should be
     *                                   transferred to the child's authority
     * @param recommendation             what triage recommends, routing's flags and explanations included
     * @param history                    other referrals about the child, and police domestic-abuse incidents with
     *                                   this one
     * @param childIds                   the child-index ids the referral's children were linked to, in its order
     */
    public static DutyCase open(ReferralReceived referral, RoutingDecision route, boolean postcodeOutsidePartnership,
            TriageOutcome recommendation, CinSuggestion cin, Instant decisionDueAt, ChildHistory history,
            List<UUID> childIds) {
        DutyCase d = new DutyCase();
        d.id = UUID.randomUUID();
        d.referralId = referral.referralId();
        d.reference = referral.reference();
        d.localAuthority = route.localAuthority();
        d.team = route.queue();
        d.routingBasis = route.basis().name();
        d.postcodeOutsidePartnership = postcodeOutsidePartnership;
        d.recommend(recommendation);
        d.cinPrimaryNeed = cin.primaryNeed();
        d.cinFactors = List.copyOf(cin.factors());
        d.receivedAt = referral.receivedAt();
        d.decisionDueAt = decisionDueAt;
        d.status = CaseStatus.AWAITING_DECISION;
        d.priorReferrals12Months = history.priorReferrals12Months();
        d.policeDomesticAbuseIncidents12Months = history.policeDomesticAbuseIncidents12Months();
        d.referral = Json.write(referral);
        d.sourceCode = referral.sourceCode();
        d.sourceCodeNeedsReview = referral.sourceCodeNeedsReview();
        d.childIds = List.copyOf(childIds);
        return d;
    }

    /**
     * The rules ran again: the new recommendation replaces the old one, and the deadline only ever moves sooner.
     */
    void revise(TriageOutcome recommendation, Instant dueAtTheNewPriority) {
        recommend(recommendation);
        if (decisionDueAt == null || dueAtTheNewPriority.isBefore(decisionDueAt)) {
            decisionDueAt = dueAtTheNewPriority;
        }
    }

    /**
     * A person confirmed the authority of a hub case: it joins that authority's duty queue and no longer asks for
     * its authority to be confirmed.
     */
    void moveTo(String localAuthority, String team, FiredRule why) {
        this.localAuthority = localAuthority;
        this.team = team;
        Set<Flag> remaining = EnumSet.noneOf(Flag.class);
        remaining.addAll(flags);
        remaining.remove(Flag.CONFIRM_AUTHORITY);
        this.flags = Set.copyOf(remaining);
        List<FiredRule> explained = new ArrayList<>(rulesFired);
        explained.add(why);
        this.rulesFired = List.copyOf(explained);
    }

    /** A confirmed match changed what the child index knows about the child's last 12 months. */
    void recount(ChildHistory history) {
        this.priorReferrals12Months = history.priorReferrals12Months();
        this.policeDomesticAbuseIncidents12Months = history.policeDomesticAbuseIncidents12Months();
    }

    void decided() {
        status = CaseStatus.DECIDED;
    }

    void transferredOutOfArea() {
        status = CaseStatus.TRANSFERRED_OUT_OF_AREA;
    }

    void correctSourceCode(String code) {
        sourceCode = code;
        sourceCodeNeedsReview = false;
    }

    /** Escalated to the duty manager for passing its deadline undecided; once. */
    public void escalated(Instant at) {
        escalatedAt = at;
    }

    private void recommend(TriageOutcome recommendation) {
        level = recommendation.level();
        priority = recommendation.priority();
        recommendedPathway = recommendation.pathway();
        flags = Set.copyOf(recommendation.flags());
        rulesetVersion = recommendation.rulesetVersion();
        rulesFired = List.copyOf(recommendation.rulesFired());
    }

    /** What triage recommends for the case as it stands. */
    public TriageOutcome recommendation() {
        return new TriageOutcome(rulesetVersion, level, priority, recommendedPathway, flags, rulesFired);
    }

    /**
     * The ReferralTriaged event payload for the case as it stands: the children as they were linked when it was
     * opened, whichever event announces it.
     */
    public ReferralTriaged triaged() {
        return new ReferralTriaged(referralId, id, reference, localAuthority, team, level, priority,
                recommendedPathway, flags(), rulesetVersion, decisionDueAt, status, priorReferrals12Months,
                childIds());
    }

    public UUID id() {
        return id;
    }

    public UUID referralId() {
        return referralId;
    }

    public String reference() {
        return reference;
    }

    public String localAuthority() {
        return localAuthority;
    }

    public String team() {
        return team;
    }

    public int level() {
        return level;
    }

    public Priority priority() {
        return priority;
    }

    public Pathway recommendedPathway() {
        return recommendedPathway;
    }

    /** In the order flags are declared. */
    public Set<Flag> flags() {
        return flags.isEmpty() ? EnumSet.noneOf(Flag.class) : EnumSet.copyOf(flags);
    }

    public String rulesetVersion() {
        return rulesetVersion;
    }

    public List<FiredRule> rulesFired() {
        return rulesFired;
    }

    public CinSuggestion cin() {
        return new CinSuggestion(cinPrimaryNeed, cinFactors);
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public Instant decisionDueAt() {
        return decisionDueAt;
    }

    public CaseStatus status() {
        return status;
    }

    public int priorReferrals12Months() {
        return priorReferrals12Months;
    }

    /** The child-index ids of the referral's children, in its order; empty for a case opened before they were kept. */
    public List<UUID> childIds() {
        return childIds == null ? List.of() : childIds;
    }

    public int policeDomesticAbuseIncidents12Months() {
        return policeDomesticAbuseIncidents12Months;
    }

    /** The referral as received, as JSON; personal data. */
    public String referral() {
        return referral;
    }

    public ReferralReceived referralReceived() {
        return Json.read(referral, ReferralReceived.class);
    }

    public Instant escalatedAt() {
        return escalatedAt;
    }

    /** Why the case is in its queue: a {@link RoutingDecision.Basis} name. */
    public String routingBasis() {
        return routingBasis;
    }

    public boolean postcodeOutsidePartnership() {
        return postcodeOutsidePartnership;
    }

    /** The CIN source-of-referral code (N00152), as intake stored it or as duty staff corrected it. */
    public String sourceCode() {
        return sourceCode;
    }

    /** Intake could not derive the code and stored 10 (unknown): duty staff should correct it. */
    public boolean sourceCodeNeedsReview() {
        return sourceCodeNeedsReview;
    }
}
