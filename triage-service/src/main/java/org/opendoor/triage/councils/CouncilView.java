package org.opendoor.triage.councils;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Council", description = "A council that takes reports about children living at a postcode")
public record CouncilView(
        @Schema(description = "ONS code", example = "E10000018") String localAuthority,
        @Schema(description = "The council", example = "Leicestershire") String name,
        @Schema(description = "Its children's services front door", example = "First Response Children's Duty")
        String frontDoor,
        @Schema(description = "Phone to report a concern", example = "0116 305 0005") String phone,
        @Schema(description = "Phone out of office hours", example = "0116 305 0005") String outOfHoursPhone,
        @Schema(description = "Its page about reporting a concern") String website,
        @Schema(description = "True when this council takes reports through OpenDoor", example = "true")
        boolean servedByOpenDoor) {
}
