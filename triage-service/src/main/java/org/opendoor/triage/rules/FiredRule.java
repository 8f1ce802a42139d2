package org.opendoor.triage.rules;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A rule that fired for a case, and why, in words a duty worker can read. */
public record FiredRule(
        @Schema(description = "Identifier of the rule within its ruleset", example = "police-da-dash-high")
        String ruleId,
        @Schema(description = "Plain-English explanation of why the rule fired and what it means",
                example = "Police reported a domestic-abuse incident assessed as high risk on the DASH checklist.")
        String explanation) {
}
