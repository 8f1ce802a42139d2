package org.opendoor.triage.cases;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.opendoor.model.CaseStatus;
import org.opendoor.model.Flag;
import org.opendoor.model.Pathway;
import org.opendoor.model.Priority;
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
        Instant escalatedAt) {
}
