package org.opendoor.triage.children;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A child's census characteristics as recorded: DfE codes, each null when nobody has said. */
@Schema(name = "ChildCharacteristics", description = "A child's CIN census characteristics (DfE codes)")
public record ChildCharacteristics(
        @Schema(description = "Sex (cin/sex-codes.csv): M, F or U", example = "F") String sex,
        @Schema(description = "Ethnicity (cin/ethnicity-codes.csv); NOBT not obtained, REFU refused", example = "WBRI")
        String ethnicity,
        @Schema(description = "Disability codes (cin/disability-codes.csv); [\"NONE\"] when none",
                example = "[\"NONE\"]") List<String> disabilities) {

    public ChildCharacteristics {
        disabilities = disabilities == null ? null : List.copyOf(disabilities);
    }

    @Override
    public String toString() {
        return "sex=" + sex + " ethnicity=" + ethnicity + " disabilities=" + disabilities;
    }
}
