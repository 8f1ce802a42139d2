package org.opendoor.frontend.briefing;

import io.quarkus.qute.TemplateData;

/** What the service did with an accepted submission of partner figures. */
@TemplateData
public record FiguresReceived(int received, int added, int corrected, int unchanged) {
}
