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
        String rationale,
        @Size(max = 3)
        @Schema(description = "CIN census primary need code (N00101), N0-N9. Optional: defaulted from the case's "
                + "suggested cinPrimaryNeed; required when there is none, unless the outcome is NFA.", example = "N1")
        String primaryNeedCode) {

    /** The shape before primaryNeedCode was added. */
    public DecisionRequest(Pathway outcome, String rationale) {
        this(outcome, rationale, null);
    }
}
