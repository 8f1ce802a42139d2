package org.opendoor.frontend.duty;

import io.quarkus.qute.TemplateData;
import java.util.Map;

/** The words and tag colours pages show for triage's codes (priority, status, pathway). */
@TemplateData
public record CaseWords(String priority, String status, String pathway) {
    private static final Map<String, String> TAGS = Map.of("RED", "govuk-tag--red", "AMBER", "govuk-tag--orange",
            "GREEN", "govuk-tag--green");
    private static final Map<String, String> PRIORITIES = Map.of("RED", "Red", "AMBER", "Amber", "GREEN", "Green");
    private static final Map<String, String> STATUSES = Map.of("AWAITING_DECISION", "Awaiting decision",
            "DECIDED", "Decided", "TRANSFERRED_OUT_OF_AREA", "Transferred out of area");

    public String priorityText() {
        return PRIORITIES.getOrDefault(priority, String.valueOf(priority));
    }

    public String priorityTag() {
        return TAGS.getOrDefault(priority, "govuk-tag--grey");
    }

    public String statusText() {
        return STATUSES.getOrDefault(status, String.valueOf(status));
    }

    public String recommendedHint() {
        return "Recommended: " + pathwayText();
    }

    public String pathwayText() {
        return Outcome.textOf(pathway);
    }
}
