package org.opendoor.briefing.figures;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.opendoor.briefing.activity.MonthlyTallies;
import org.opendoor.briefing.areas.Area;
import org.opendoor.briefing.areas.AreaKind;
import org.opendoor.briefing.measures.Measure;

/**
 * An area's monthly figures, from the two places they come from. A figure someone sent wins (history from before
 * OpenDoor, a partner's figure, a correction); otherwise OpenDoor's own count, for months it held the authority's
 * contacts. A partnership's figure is the one sent for the whole partnership, else its authorities' added up, and
 * unknown when any of them is unknown: a total of what happens to be known would mislead.
 */
public final class FigureTable {
    /** Where a value came from, for the briefing's source line. */
    public static final String OPENDOOR = "OpenDoor";

    private final Area area;
    private final Map<String, SubmittedFigure> submitted;
    private final MonthlyTallies own;

    FigureTable(Area area, Map<String, SubmittedFigure> submitted, MonthlyTallies own) {
        this.area = area;
        this.submitted = submitted;
        this.own = own;
    }

    public Optional<Long> value(Measure measure, YearMonth month) {
        SubmittedFigure whole = submitted.get(key(area.code(), measure.id(), month));
        if (whole != null || area.kind() == AreaKind.AUTHORITY) {
            return whole != null ? Optional.of(whole.value()) : own.count(measure.id(), area.code(), month);
        }
        long total = 0;
        for (String authority : area.authorities()) {
            SubmittedFigure sent = submitted.get(key(authority, measure.id(), month));
            Optional<Long> value = sent != null ? Optional.of(sent.value()) : own.count(measure.id(), authority, month);
            if (value.isEmpty()) {
                return Optional.empty();
            }
            total += value.get();
        }
        return Optional.of(total);
    }

    /** Where this month's value came from: "OpenDoor", or who sent it and from what. */
    public String source(Measure measure, YearMonth month) {
        List<String> codes = new ArrayList<>();
        codes.add(area.code());
        if (area.kind() == AreaKind.PARTNERSHIP && !submitted.containsKey(key(area.code(), measure.id(), month))) {
            codes.clear();
            codes.addAll(area.authorities());
        }
        Set<String> sources = new LinkedHashSet<>();
        for (String code : codes) {
            SubmittedFigure sent = submitted.get(key(code, measure.id(), month));
            if (sent != null) {
                sources.add((sent.source() != null ? sent.source() + ", " : "") + "sent by "
                        + (sent.organisation() != null ? sent.organisation() : sent.submittedBy()));
            } else if (own.count(measure.id(), code, month).isPresent()) {
                sources.add(OPENDOOR);
            }
        }
        return sources.isEmpty() ? null : String.join("; ", sources);
    }

    static String key(String area, String measure, YearMonth month) {
        return area + "|" + measure + "|" + month;
    }
}
