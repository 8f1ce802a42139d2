package org.opendoor.model;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Payload of {@link Topics#SOURCE_CODE_CORRECTED}: duty staff corrected a referral's CIN source-of-referral code
 * (N00152), typically one intake stored as 10 (unknown) for review. Intake updates its record from it.
 */
public record SourceCodeCorrected(
        UUID referralId,
        UUID caseId,
        String reference,
        String previousCode,
        String sourceCode,
        Instant correctedAt) implements ReferralEvent {

    public SourceCodeCorrected {
        Objects.requireNonNull(referralId, "referralId is required");
        Objects.requireNonNull(sourceCode, "sourceCode is required");
    }
}
