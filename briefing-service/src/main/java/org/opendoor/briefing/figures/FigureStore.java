package org.opendoor.briefing.figures;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Stores checked figures: a new figure is added, a different value for a known one corrects it (both versions
 * stay in its history), the same value again changes nothing.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class FigureStore {
    private final Clock clock;

    FigureStore(Clock clock) {
        this.clock = clock;
    }

    public SubmissionResult store(List<FigureRow> rows, Submitter by) {
        Instant now = clock.instant();
        Set<String> areas = rows.stream().map(FigureRow::area).collect(Collectors.toSet());
        String from = rows.stream().map(FigureRow::month).min(YearMonth::compareTo).orElseThrow().toString();
        String to = rows.stream().map(FigureRow::month).max(YearMonth::compareTo).orElseThrow().toString();
        Map<String, SubmittedFigure> known = new HashMap<>();
        SubmittedFigure.<SubmittedFigure>list("area in ?1 and month between ?2 and ?3", areas, from, to)
                .forEach(f -> known.put(key(f.area(), f.measure(), f.month()), f));
        int added = 0;
        int corrected = 0;
        int unchanged = 0;
        for (FigureRow row : rows) {
            SubmittedFigure figure = known.get(key(row.area(), row.measure(), row.month().toString()));
            if (figure == null) {
                SubmittedFigure.first(row, by, now).persist();
                added++;
            } else if (figure.value() != row.value()) {
                figure.revise(row, by, now);
                corrected++;
            } else {
                unchanged++;
            }
        }
        return new SubmissionResult(rows.size(), added, corrected, unchanged);
    }

    private static String key(String area, String measure, String month) {
        return area + "|" + measure + "|" + month;
    }
}
