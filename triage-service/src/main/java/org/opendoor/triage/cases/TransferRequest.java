package org.opendoor.triage.cases;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TransferRequest", description = "Hand a case to the front door of the authority where the child lives")
public record TransferRequest(
        @NotNull @Pattern(regexp = "^E\\d{8}$", message = "must be the ONS code of an English authority")
        @Schema(description = "ONS code of the receiving authority", example = "E09000033") String localAuthority,
        @NotBlank @Size(max = 2_000)
        @Schema(description = "For the record and the receiving team: why, and what was agreed",
                example = "Family moved to Westminster last month; spoke to their front door.") String note) {
}
