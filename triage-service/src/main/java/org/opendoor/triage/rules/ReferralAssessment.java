package org.opendoor.triage.rules;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Set;
import org.opendoor.model.OpenDoorZone;
import org.opendoor.model.ReferralReceived;
import org.opendoor.triage.routing.DutyTeams;
import org.opendoor.triage.routing.Routing;

/**
 * Applies a ruleset to a referral's children: when the case is opened, and again when a person's confirmation
 * changes what the rules see (a match that recounts prior referrals, an authority that changes the partnership).
 */
@ApplicationScoped
public class ReferralAssessment {

    private final Rulesets rulesets;
    private final DutyTeams teams;
    private final ZoneId zone;

    public ReferralAssessment(Rulesets rulesets, Routing routing, OpenDoorZone zone) {
        this.rulesets = rulesets;
        this.zone = zone.zone();
        this.teams = routing.teams();
    }

    /** The ruleset of the authority, or of the partnership for a hub case no authority owns yet. */
    public Ruleset rulesetOf(String localAuthority, String partnership) {
        return localAuthority != null ? rulesets.forAuthority(localAuthority)
                : rulesets.version(teams.partnership(partnership).orElseThrow().ruleset());
    }

    /** One child, with the referrals (this one included) and police incidents of the last 12 months. */
    public TriageOutcome assess(ReferralReceived referral, ReferralReceived.Child child, Ruleset ruleset,
            int referrals12Months, int policeIncidents12Months) {
        return ruleset.evaluate(facts(referral, child, referrals12Months, policeIncidents12Months));
    }

    /** Every child with the case's counts, combined as when the case was opened. */
    public TriageOutcome reassess(ReferralReceived referral, Ruleset ruleset, int priorReferrals12Months,
            int policeIncidents12Months) {
        TriageOutcome outcome = null;
        for (ReferralReceived.Child child : referral.children()) {
            TriageOutcome forChild = assess(referral, child, ruleset, priorReferrals12Months + 1,
                    policeIncidents12Months);
            outcome = outcome == null ? forChild : outcome.combine(forChild);
        }
        return outcome;
    }

    private TriageFacts facts(ReferralReceived r, ReferralReceived.Child child, int referrals12Months,
            int policeIncidents12Months) {
        ReferralReceived.PoliceIncident police = r.police();
        return new TriageFacts(Set.copyOf(r.concern().indicators()), Set.copyOf(r.concern().categories()),
                r.concern().immediateDanger(), ageOf(child, r.receivedAt()), r.source(), police != null,
                police == null ? null : police.dashRiskLevel(), police == null ? null : police.dashScore(),
                police == null ? null : police.childrenPresent(), referrals12Months, policeIncidents12Months);
    }

    Integer ageOf(ReferralReceived.Child child, Instant at) {
        if (child.dateOfBirth() != null) {
            LocalDate today = at.atZone(zone).toLocalDate();
            return Math.max(0, Period.between(child.dateOfBirth(), today).getYears());
        }
        return child.estimatedAgeYears();
    }

}
