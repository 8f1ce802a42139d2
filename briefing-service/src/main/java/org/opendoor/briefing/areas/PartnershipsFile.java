package org.opendoor.briefing.areas;

import java.util.List;
import org.opendoor.data.Required;

/** The file {@code briefing/partnerships.json}. */
public record PartnershipsFile(String source, List<Partnership> partnerships) {
    public static final String SHIPPED = "briefing/partnerships.json";

    public PartnershipsFile {
        partnerships = List.copyOf(Required.nonEmpty(partnerships, "partnerships"));
    }
}
