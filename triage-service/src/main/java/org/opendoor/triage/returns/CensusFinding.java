package org.opendoor.triage.returns;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One validation result: which child (and referral, where the rule is about one), which rule, how serious, why. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "CensusFinding", description = "A DfE CIN census validation error or query for one child")
public record CensusFinding(
        @Schema(description = "The child's LAchildID", example = "OD00000042") String laChildId,
        @Schema(description = "The referral's OpenDoor reference, when the rule is about one referral",
                example = "OD-2026-000123") String reference,
        @Schema(description = "DfE validation rule code", example = "8866") String rule,
        @Schema(description = "ERROR (the DfE refuses the return) or QUERY (check, amend or explain)",
                example = "ERROR") Severity severity,
        @Schema(description = "The DfE's message", example = "Source of Referral is missing or an invalid code")
        String message) {

    public enum Severity { ERROR, QUERY }
}
