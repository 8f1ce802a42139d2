package org.opendoor.triage.rules;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Suggested DfE Children in Need census codes for a case; the duty worker confirms them. */
public record CinSuggestion(
        @Schema(description = "Suggested primary need code (N00101); where two fit, the one higher in the DfE list",
                example = "N1")
        String primaryNeed,
        @Schema(description = "Suggested factor codes (N00181), in census order", example = "[\"3A\", \"16A\"]")
        List<String> factors) {
}
