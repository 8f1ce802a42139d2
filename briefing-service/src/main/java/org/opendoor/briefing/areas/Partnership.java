package org.opendoor.briefing.areas;

import java.util.List;
import org.opendoor.data.Required;

/** An entry of {@code briefing/partnerships.json}. */
public record Partnership(String code, String name, List<String> authorities) {
    public Partnership {
        Required.text(code, "code");
        Required.text(name, "name");
        authorities = List.copyOf(Required.nonEmpty(authorities, "authorities"));
    }
}
