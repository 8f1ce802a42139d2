package org.opendoor.audit;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One audit record as an auditor reads it, with its place in the hash chain once sealed. */
@Schema(name = "AuditRecord", description = "Who did what to which record, when, from where and with what result")
public record AuditEntryView(
        @Schema(description = "Record id (newest is highest)", example = "4711") long id,
        @Schema(description = "When (UTC)", example = "2026-12-02T08:15:00Z") Instant at,
        @Schema(description = "Who: the token's user name or subject; anonymous for a request without a valid token",
                example = "duty-worker") String actor,
        @Schema(description = "The role that authorised the action (several, comma-separated, when more than one did; "
                + "for a refusal, the roles held)", example = "duty_worker") String role,
        @Schema(description = "The actor's organisation or local authority", example = "E10000018") String org,
        @Schema(description = "What they did (READ_CASE, SUBMIT_REFERRAL, REQUEST_REFUSED, ...)", example = "READ_CASE")
        String action,
        @Schema(description = "What it was done to: an id, never a name", example = "case:7d0f3c52-8e0b-4f7a-9d55-0a6f2f1a6c11")
        String target,
        @Schema(description = "The result", example = "OK") String outcome,
        @Schema(description = "What a change was, where action and target do not say it") String detail,
        @Schema(description = "The request's X-Request-Id", example = "3c1e9d7a-6b1f-4d2e-8a4b-5f6e7d8c9b0a")
        String requestId,
        @Schema(description = "The client's address", example = "192.0.2.10") String clientAddress,
        @Schema(description = "Position in the hash chain; null until sealed (within about a second)", example = "4711")
        Long chainSeq,
        @Schema(description = "The seal's hash; null until sealed") String hash) {
}
