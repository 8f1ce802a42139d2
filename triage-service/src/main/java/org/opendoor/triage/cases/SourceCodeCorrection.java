package org.opendoor.triage.cases;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SourceCodeCorrection", description = "The CIN source-of-referral code the referral should have")
public record SourceCodeCorrection(
        @NotBlank @Size(max = 3)
        @Schema(description = "One of the 22 CIN census source-of-referral codes (N00152)", example = "2A")
        String sourceCode) {
}
