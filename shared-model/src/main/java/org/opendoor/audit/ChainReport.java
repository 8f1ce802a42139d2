package org.opendoor.audit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What walking the audit trail's hash chain found. */
@Schema(name = "AuditChainReport", description = "The audit trail's hash chain, checked from its first link to its last")
public record ChainReport(
        @Schema(description = "True when every seal matches its record and its predecessor, and every record is "
                + "sealed or queued to be") boolean intact,
        @Schema(description = "Links checked", example = "1200") long checked,
        @Schema(description = "Position of the last link (0 for an empty chain)", example = "1200") long headSeq,
        @Schema(description = "Hash of the last link: note it elsewhere, and a chain rewritten from an earlier point "
                + "no longer ends in it", example = "9f2c…") String headHash,
        @Schema(description = "Records committed and waiting to be sealed (normally sealed within a second)",
                example = "3") long queued,
        @Schema(description = "The first broken link, when the chain is not intact") BrokenLink firstBrokenLink) {

    @Schema(name = "AuditChainBrokenLink", description = "Where and how the chain stops holding")
    public record BrokenLink(
            @Schema(description = "Position in the chain (null for a record outside it)", example = "17") Long seq,
            @Schema(description = "The audit record concerned", example = "17") long recordId,
            @Schema(description = "RECORD_CHANGED (content differs from what was sealed), RECORD_MISSING (deleted), "
                    + "LINK_BROKEN (a seal does not name its predecessor's hash), SEQUENCE_GAP (a seal is missing) or "
                    + "UNSEALED_RECORD (a record neither sealed nor queued: written past the audit trail)",
                    example = "RECORD_CHANGED") String problem) {
    }
}
