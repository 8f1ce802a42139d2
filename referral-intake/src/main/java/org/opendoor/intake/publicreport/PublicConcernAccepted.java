package org.opendoor.intake.publicreport;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opendoor.intake.referral.ReferralAccepted;

@Schema(description = "Your report is safely stored and the duty team will look at it.")
public record PublicConcernAccepted(
        @Schema(description = "Identifier of your report.", example = "7d0f3c52-8e0b-4f7a-9d55-0a6f2f1a6c11") UUID referralId,
        @Schema(description = "Reference to quote if you call the duty team.", example = "OD-2026-000124") String reference,
        @Schema(description = "Always RECEIVED.", example = "RECEIVED") String status,
        @Schema(description = "When it was stored (UTC).", example = "2026-11-20T18:31:02.123Z") Instant receivedAt,
        @Schema(description = "Present when you said a child is in immediate danger: what to do now.",
                example = "A child in immediate danger needs help now: call 999 and ask for the police.")
        String urgentAdvice) {

    public static final String CALL_999 = "A child in immediate danger needs help now: call 999 and ask for the police. "
            + "Your report has been stored, but it does not replace that call.";

    static PublicConcernAccepted of(ReferralAccepted accepted, boolean immediateDanger) {
        return new PublicConcernAccepted(accepted.referralId(), accepted.reference(), accepted.status(),
                accepted.receivedAt(), immediateDanger ? CALL_999 : null);
    }
}
