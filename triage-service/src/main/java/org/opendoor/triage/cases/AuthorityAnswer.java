package org.opendoor.triage.cases;

import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The authority a hub case belongs to, as a person confirmed it. */
@Schema(name = "AuthorityAnswer")
public record AuthorityAnswer(
        @NotBlank
        @Schema(description = "ONS code of the child's local authority", example = "E10000018", required = true)
        String localAuthority) {
}
