package org.opendoor.frontend.briefing;

import io.quarkus.qute.TemplateData;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/** A partner figure as it stands, with the earlier versions it corrected (newest first, as the service lists them). */
@TemplateData
public record SubmittedFigure(String month, String area, String measure, BigDecimal value, String source,
        String submittedBy, String organisation, Instant submittedAt, List<Revision> revisions) {

    @TemplateData
    public record Revision(BigDecimal value, String source, String submittedBy, String organisation,
            Instant submittedAt) {
    }

    /** "June 2020"; a month the service wrote some other way is shown as it came. */
    public String monthWords() {
        try {
            return BriefingMonth.words(YearMonth.parse(month));
        } catch (RuntimeException unreadable) {
            return month;
        }
    }

    public List<Revision> history() {
        return revisions == null ? List.of() : revisions;
    }
}
