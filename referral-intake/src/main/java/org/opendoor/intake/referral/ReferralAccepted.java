package org.opendoor.intake.referral;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The referral is durably stored and will be triaged.")
public record ReferralAccepted(
        @Schema(description = "Identifier of the referral; use it to ask for its status.",
                example = "7d0f3c52-8e0b-4f7a-9d55-0a6f2f1a6c11") UUID referralId,
        @Schema(description = "Human-friendly reference, increasing within the year (a number may be skipped).", example = "OD-2026-000123") String reference,
        @Schema(description = "Always RECEIVED when accepted.", example = "RECEIVED") String status,
        @Schema(description = "When intake stored it (UTC).", example = "2026-11-20T18:31:02.123Z") Instant receivedAt) {
}
