package org.opendoor.triage.cases;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opendoor.model.Pathway;

/** A duty decision. A rationale is required when the outcome departs from the recommended pathway. */
@Schema(name = "DecisionRequest")
public record DecisionRequest(
        @NotNull
        @Schema(description = "One of the six outcomes", example = "S17_ASSESSMENT", required = true)
        Pathway outcome,
        @Size(max = 10000)
        @Schema(description = "Why; required when the outcome is not the recommended pathway",
                example = "Grandmother now living in; early help declined previously, so assess under section 17.")
        String rationale) {
}
