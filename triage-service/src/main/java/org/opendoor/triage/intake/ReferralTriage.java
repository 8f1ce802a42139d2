package org.opendoor.triage.intake;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.opendoor.model.CaseStatus;
import org.opendoor.model.Flag;
import org.opendoor.model.Json;
import org.opendoor.model.ReferralReceived;
import org.opendoor.model.ReferralSource;
import org.opendoor.triage.cases.DutyCase;
import org.opendoor.triage.cases.DutyCases;
import org.opendoor.triage.children.ChildIdentity;
import org.opendoor.triage.children.ChildIndex;
import org.opendoor.triage.children.ChildLink;
import org.opendoor.triage.deadlines.DecisionDue;
import org.opendoor.triage.routing.DutyTeams;
import org.opendoor.triage.routing.Routing;
import org.opendoor.triage.routing.RoutingDecision;
import org.opendoor.triage.rules.CinCodes;
import org.opendoor.triage.rules.CinSuggestion;
import org.opendoor.triage.rules.FiredRule;
import org.opendoor.triage.rules.Ruleset;
import org.opendoor.triage.rules.Rulesets;
import org.opendoor.triage.rules.TriageFacts;
import org.opendoor.triage.rules.TriageOutcome;

/**
 * Turns a received referral into a case: routes it by postcode, links its children in the child index, applies
 * the partnership's threshold rules to each child and sets the decision deadline. Runs on the handler's
 * connection, inside its transaction.
 */
@ApplicationScoped
@Startup // data files are validated at start-up, not at the first referral
public class ReferralTriage {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final Routing routing;
    private final Rulesets rulesets;
    private final ChildIndex children;
    private final DecisionDue decisionDue;
    private final CinCodes cinCodes;
    private final DutyCases cases;

    public ReferralTriage(Routing routing, Rulesets rulesets, ChildIndex children, DecisionDue decisionDue,
            CinCodes cinCodes, DutyCases cases) {
        this.routing = routing;
        this.rulesets = rulesets;
        this.children = children;
        this.decisionDue = decisionDue;
        this.cinCodes = cinCodes;
        this.cases = cases;
        checkEveryAuthorityHasItsRuleset(routing.teams(), rulesets);
    }

    public DutyCase open(Connection c, ReferralReceived referral) throws SQLException {
        RoutingDecision route = routing.route(postcodeOf(referral));
        Ruleset ruleset = route.outOfArea() ? rulesets.outOfArea() : rulesets.forAuthority(route.localAuthority());
        boolean policeDomesticAbuse = referral.source() == ReferralSource.POLICE && referral.police() != null;

        List<ChildIdentity> identities = referral.children().stream().map(ChildIdentity::of).toList();
        children.lock(c, identities);
        Instant windowStart = referral.receivedAt().atOffset(ZoneOffset.UTC).minusMonths(12).toInstant();
        List<ChildLink> links = new ArrayList<>();
        TriageOutcome outcome = null;
        int prior = 0;
        int policeIncidents = 0;
        for (int i = 0; i < identities.size(); i++) {
            ChildLink link = children.link(c, identities.get(i), referral.referralId(), windowStart);
            links.add(link);
            int incidents = link.priorPoliceDomesticAbuse12Months() + (policeDomesticAbuse ? 1 : 0);
            TriageOutcome forChild = ruleset.evaluate(facts(referral, referral.children().get(i),
                    link.priorReferrals12Months() + 1, incidents));
            outcome = outcome == null ? forChild : outcome.combine(forChild);
            prior = Math.max(prior, link.priorReferrals12Months());
            policeIncidents = Math.max(policeIncidents, incidents);
        }

        Set<Flag> flags = outcome.flags().isEmpty() ? EnumSet.noneOf(Flag.class) : EnumSet.copyOf(outcome.flags());
        List<FiredRule> fired = new ArrayList<>(outcome.rulesFired());
        if (route.confirmAuthority()) {
            flags.add(Flag.CONFIRM_AUTHORITY);
            fired.add(new FiredRule("routing:shared-district", "The child's postcode district straddles an "
                    + "authority border, so the case is in the partnership hub: confirm which authority it belongs to."));
        }
        if (route.outOfArea()) {
            fired.add(new FiredRule("routing:out-of-area", route.basis() == RoutingDecision.Basis.UNKNOWN_AREA
                    ? "No usable postcode, or a postcode district the partnerships do not cover: find the child's "
                            + "authority and transfer the referral."
                    : "The postcode lies outside the partnerships: transfer the referral to the child's authority."));
        }
        CinSuggestion cin = cinCodes.suggest(referral.concern().categories(), referral.concern().indicators(),
                policeDomesticAbuse);
        DutyCase dutyCase = new DutyCase(UUID.randomUUID(), referral.referralId(), referral.reference(),
                route.localAuthority(), route.queue(), outcome.level(), outcome.priority(), outcome.pathway(), flags,
                ruleset.version(), fired, cin, referral.receivedAt(),
                decisionDue.dueAt(outcome.priority(), referral.receivedAt()),
                route.outOfArea() ? CaseStatus.TRANSFERRED_OUT_OF_AREA : CaseStatus.AWAITING_DECISION, prior,
                policeIncidents, Json.write(referral), null);
        cases.insert(c, dutyCase);
        for (ChildLink link : links) {
            children.record(c, link, referral.referralId(), dutyCase.id(), referral.receivedAt(), policeDomesticAbuse);
        }
        return dutyCase;
    }

    private static TriageFacts facts(ReferralReceived r, ReferralReceived.Child child, int referrals12Months,
            int policeIncidents12Months) {
        ReferralReceived.PoliceIncident police = r.police();
        return new TriageFacts(Set.copyOf(r.concern().indicators()), Set.copyOf(r.concern().categories()),
                r.concern().immediateDanger(), ageOf(child, r.receivedAt()), r.source(), police != null,
                police == null ? null : police.dashRiskLevel(), police == null ? null : police.dashScore(),
                police == null ? null : police.childrenPresent(), referrals12Months, policeIncidents12Months);
    }

    static Integer ageOf(ReferralReceived.Child child, Instant at) {
        if (child.dateOfBirth() != null) {
            LocalDate today = at.atZone(LONDON).toLocalDate();
            return Math.max(0, Period.between(child.dateOfBirth(), today).getYears());
        }
        return child.estimatedAgeYears();
    }

    private static String postcodeOf(ReferralReceived referral) {
        return referral.children().stream()
                .filter(ch -> ch.address() != null && ch.address().postcode() != null
                        && !ch.address().postcode().isBlank())
                .map(ch -> ch.address().postcode()).findFirst().orElse(null);
    }

    private static void checkEveryAuthorityHasItsRuleset(DutyTeams teams, Rulesets rulesets) {
        teams.authorities().values().forEach(a -> {
            if (!rulesets.covers(a.code())) {
                throw new IllegalStateException("Authority " + a.code() + " (" + a.name() + ") in the duty-team "
                        + "table has no ruleset");
            }
            String expected = teams.partnerships().get(a.partnership()).ruleset();
            String actual = rulesets.forAuthority(a.code()).version();
            if (!expected.equals(actual)) {
                throw new IllegalStateException("Authority " + a.code() + " is triaged with " + actual
                        + " but its partnership " + a.partnership() + " names ruleset " + expected);
            }
        });
    }
}
