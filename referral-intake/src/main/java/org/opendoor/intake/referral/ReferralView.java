package org.opendoor.intake.referral;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opendoor.model.Json;

/**
 * A referral as its reader may see it. The submitting organisation gets the feedback Working Together asks
 * for (status and, once decided, the outcome); duty staff of the authority it was routed to get it all.
 */
@Schema(description = "A referral's status and outcome; duty staff of the routed authority also see the whole referral.")
public record ReferralView(
        @Schema(description = "Identifier of the referral.", example = "7d0f3c52-8e0b-4f7a-9d55-0a6f2f1a6c11") UUID referralId,
        @Schema(description = "Human-friendly reference.", example = "OD-2026-000123") String reference,
        @Schema(description = "RECEIVED, TRIAGED, TRANSFERRED_OUT_OF_AREA or DECIDED.", example = "DECIDED",
                enumeration = {"RECEIVED", "TRIAGED", "TRANSFERRED_OUT_OF_AREA", "DECIDED"}) String status,
        @Schema(description = "When intake stored it (UTC).", example = "2026-11-20T18:31:02.123Z") Instant receivedAt,
        @Schema(description = "The duty team's decision, once made.", example = "EARLY_HELP",
                enumeration = {"NFA", "ADVICE_SIGNPOST", "EARLY_HELP", "S17_ASSESSMENT", "S47_STRATEGY_DISCUSSION",
                        "IMMEDIATE_PROTECTION"}) String outcome,
        @Schema(description = "When the decision was made (UTC).", example = "2026-11-21T10:02:00Z") Instant decidedAt,
        @Schema(description = "Duty staff only: channel the referral came by.", example = "SCHOOL") String source,
        @Schema(description = "Duty staff only: CIN source-of-referral code (N00152).", example = "2A") String sourceCode,
        @Schema(description = "Duty staff only: true when intake could not derive the source code and stored 10 "
                + "(unknown); correct it on the case.", example = "false") Boolean sourceCodeNeedsReview,
        @Schema(description = "Duty staff only: the organisation that submitted it.", example = "URN:100001") String submittingOrg,
        @Schema(description = "Duty staff only: ONS code of the local authority it was routed to.", example = "E10000018")
        String localAuthority,
        @Schema(description = "Duty staff only: the duty team it was routed to.", example = "leicestershire-first-response")
        String team,
        @Schema(description = "Duty staff only: triage's case identifier.", example = "0b8f6f1e-2f47-4d7e-9a59-2d1c8a3e4f10")
        UUID caseId,
        @Schema(description = "Duty staff only: the whole referral as received (the ReferralReceived event payload).",
                type = SchemaType.OBJECT, example = "{\"source\": \"SCHOOL\", \"children\": [{\"firstName\": \"Amy\"}]}")
        JsonNode referral) {

    static ReferralView feedback(Referral r) {
        return new ReferralView(r.id(), r.reference(), r.status(), r.receivedAt(), r.outcome(), r.decidedAt(),
                null, null, null, null, null, null, null, null);
    }

    static ReferralView everything(Referral r) {
        return new ReferralView(r.id(), r.reference(), r.status(), r.receivedAt(), r.outcome(), r.decidedAt(),
                r.source().name(), r.sourceCode(), r.sourceCodeNeedsReview(), r.submittingOrg(), r.localAuthority(), r.team(), r.caseId(),
                Json.read(r.body(), JsonNode.class));
    }
}
