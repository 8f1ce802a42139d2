package org.opendoor.briefing.measures;

import org.opendoor.data.Required;

/** One area of the briefing (the seed briefing's areas: contacts, domestic abuse, missing children…). */
public record Section(String id, String title) {
    public Section {
        Required.text(id, "id");
        Required.text(title, "title");
    }
}
