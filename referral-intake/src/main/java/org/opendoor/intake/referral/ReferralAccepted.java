package org.opendoor.intake.referral;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The referral is stored and will be triaged.")
public record ReferralAccepted(
        @Schema(example = "7d0f3c52-8e0b-4f7a-9d55-0a6f2f1a6c11") UUID referralId,
        @Schema(example = "OD-2026-000123") String reference,
        @Schema(example = "RECEIVED") String status,
        Instant receivedAt) {
}
