package org.opendoor.model;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** Payload of {@link Topics#CASE_ESCALATED}: a case passed its decision deadline undecided; the duty manager must act. */
public record CaseEscalated(
        UUID referralId,
        UUID caseId,
        String reference,
        String localAuthority,
        String team,
        Priority priority,
        Instant decisionDueAt,
        Instant escalatedAt) implements ReferralEvent {

    public CaseEscalated {
        Objects.requireNonNull(referralId, "referralId is required");
        Objects.requireNonNull(reference, "reference is required");
    }
}
