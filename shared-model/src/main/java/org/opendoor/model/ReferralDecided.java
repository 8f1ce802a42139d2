package org.opendoor.model;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** Payload of {@link Topics#REFERRAL_DECIDED}: the duty team's decision, fed back to the referrer. */
public record ReferralDecided(
        UUID referralId,
        UUID caseId,
        String reference,
        String localAuthority,
        Pathway outcome,
        Instant decidedAt) implements ReferralEvent {

    public ReferralDecided {
        Objects.requireNonNull(referralId, "referralId is required");
        Objects.requireNonNull(reference, "reference is required");
        Objects.requireNonNull(outcome, "outcome is required");
    }
}
