package org.opendoor.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/** Payload of {@link Topics#REFERRAL_TRIAGED}: where the referral went and how urgent it is. No narrative. */
public record ReferralTriaged(
        UUID referralId,
        UUID caseId,
        String reference,
        String localAuthority,
        String team,
        int level,
        Priority priority,
        Pathway recommendedPathway,
        Set<Flag> flags,
        String rulesetVersion,
        Instant decisionDueAt,
        CaseStatus status,
        int priorReferrals12Months,
        /**
         * Triage's child-index identifiers of the children named, in the referral's order: pseudonymous, so that a
         * reader can count repeat referrals of the same child without holding who the child is. Empty when not known.
         */
        List<UUID> childIds) implements ReferralEvent {

    public ReferralTriaged {
        Objects.requireNonNull(referralId, "referralId is required");
        Objects.requireNonNull(reference, "reference is required");
        Objects.requireNonNull(priority, "priority is required");
        Objects.requireNonNull(recommendedPathway, "recommendedPathway is required");
        if (level < 1 || level > 4) {
            throw new IllegalArgumentException("Invalid level: " + level);
        }
        flags = flags == null ? Set.of() : Set.copyOf(flags);
        childIds = childIds == null ? List.of() : List.copyOf(childIds);
    }

    /** The shape before {@code childIds} was added. */
    public ReferralTriaged(UUID referralId, UUID caseId, String reference, String localAuthority, String team,
            int level, Priority priority, Pathway recommendedPathway, Set<Flag> flags, String rulesetVersion,
            Instant decisionDueAt, CaseStatus status, int priorReferrals12Months) {
        this(referralId, caseId, reference, localAuthority, team, level, priority, recommendedPathway, flags,
                rulesetVersion, decisionDueAt, status, priorReferrals12Months, List.of());
    }
}
