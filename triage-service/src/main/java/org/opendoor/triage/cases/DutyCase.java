package org.opendoor.triage.cases;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.opendoor.model.CaseStatus;
import org.opendoor.model.Flag;
import org.opendoor.model.Pathway;
import org.opendoor.model.Priority;
import org.opendoor.model.ReferralTriaged;
import org.opendoor.triage.rules.CinSuggestion;
import org.opendoor.triage.rules.FiredRule;

/**
 * A referral in a duty queue: where it was routed, what the threshold rules recommend and why, and by when it
 * must be decided. {@code referral} is the referral as received, personal data included: shown to the routed
 * authority's duty staff only, never logged.
 */
public record DutyCase(
        UUID id,
        UUID referralId,
        String reference,
        String localAuthority,
        String team,
        int level,
        Priority priority,
        Pathway recommendedPathway,
        Set<Flag> flags,
        String rulesetVersion,
        List<FiredRule> rulesFired,
        CinSuggestion cin,
        Instant receivedAt,
        Instant decisionDueAt,
        CaseStatus status,
        int priorReferrals12Months,
        int policeDomesticAbuseIncidents12Months,
        String referral,
        Instant escalatedAt,
        /** Why the case is in its queue: a {@link org.opendoor.triage.routing.RoutingDecision.Basis} name. */
        String routingBasis,
        /** The child's postcode lies outside the partnerships: the case should be transferred to the child's authority. */
        boolean postcodeOutsidePartnership,
        /** The CIN source-of-referral code (N00152), as intake stored it or as duty staff corrected it. */
        String sourceCode,
        /** Intake could not derive the code and stored 10 (unknown): duty staff should correct it. */
        boolean sourceCodeNeedsReview) {

    /** The ReferralTriaged event payload for the case as it stands. */
    public ReferralTriaged triaged() {
        return new ReferralTriaged(referralId, id, reference, localAuthority, team, level, priority,
                recommendedPathway, flags, rulesetVersion, decisionDueAt, status, priorReferrals12Months);
    }
}
