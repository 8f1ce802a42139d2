package org.opendoor.triage.cases;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A person's answer to a possible match. */
@Schema(name = "MatchAnswer")
public record MatchAnswer(
        @NotNull
        @Schema(description = "True: the same child (link and count the earlier referrals); false: a different child",
                example = "true", required = true)
        Boolean sameChild) {
}
