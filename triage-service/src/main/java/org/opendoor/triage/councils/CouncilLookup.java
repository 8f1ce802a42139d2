package org.opendoor.triage.councils;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CouncilLookup", description = "Which council(s) take reports about a child living at a postcode")
public record CouncilLookup(
        @Schema(description = "The postcode, tidied", example = "LE11 3TU") String postcode,
        @Schema(description = "One council; several where the postcode district is shared; none outside the "
                + "partnerships") List<CouncilView> councils,
        @Schema(description = "Where to find any other council", example = "https://www.gov.uk/find-local-council")
        String findYourCouncil) {
    public static final String FIND_YOUR_COUNCIL = "https://www.gov.uk/find-local-council";
}
