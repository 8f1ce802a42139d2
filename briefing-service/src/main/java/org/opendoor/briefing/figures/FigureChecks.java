package org.opendoor.briefing.figures;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opendoor.web.Problem;

/**
 * Checks a whole submission before anything is stored: each figure's month (a complete month, not the current
 * one), area (one the sender may send for), measure (a count in the catalogue), value (a whole number) and source,
 * and that no figure is sent twice. Every problem is reported, each with its line.
 */
public final class FigureChecks {
    static final int MAX_FIGURES = 20_000;
    static final long MAX_VALUE = 100_000_000L;
    static final int MAX_SOURCE = 200;
    private static final YearMonth EARLIEST = YearMonth.of(2000, 1);

    private final Set<String> areas;
    private final Set<String> measures;
    private final YearMonth currentMonth;

    public FigureChecks(Set<String> areas, Set<String> measures, YearMonth currentMonth) {
        this.areas = Set.copyOf(areas);
        this.measures = Set.copyOf(measures);
        this.currentMonth = currentMonth;
    }

    public record Checked(List<FigureRow> rows, List<Problem.Violation> violations) {
    }

    public Checked check(List<RawFigure> raw) {
        List<Problem.Violation> violations = new ArrayList<>();
        if (raw.isEmpty()) {
            violations.add(new Problem.Violation("figures", "there are no figures to send"));
        }
        if (raw.size() > MAX_FIGURES) {
            violations.add(new Problem.Violation("figures", "send at most " + MAX_FIGURES
                    + " figures at a time, not " + raw.size()));
            return new Checked(List.of(), violations);
        }
        List<FigureRow> rows = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (RawFigure r : raw) {
            int before = violations.size();
            YearMonth month = month(r, violations);
            if (r.area() == null || !areas.contains(r.area())) {
                violations.add(new Problem.Violation(r.line() + ": area", (r.area() == null ? "is missing"
                        : r.area() + " is not an area you can send figures for") + "; yours are "
                        + areas.stream().sorted().toList()));
            }
            if (r.measure() == null || !measures.contains(r.measure())) {
                violations.add(new Problem.Violation(r.line() + ": measure", (r.measure() == null ? "is missing"
                        : r.measure() + " is not a measure figures can be sent for")
                        + " (GET /api/v1/measures lists them; percentages are worked out, not sent)"));
            }
            Long value = value(r, violations);
            if (r.source() != null && r.source().length() > MAX_SOURCE) {
                violations.add(new Problem.Violation(r.line() + ": source", "must be at most " + MAX_SOURCE
                        + " characters"));
            }
            if (violations.size() == before) {
                String earlier = seen.putIfAbsent(r.area() + "|" + r.measure() + "|" + month, r.line());
                if (earlier != null) {
                    violations.add(new Problem.Violation(r.line(), "repeats the figure on " + earlier + " ("
                            + r.area() + ", " + r.measure() + ", " + month + ")"));
                } else {
                    rows.add(new FigureRow(r.line(), month, r.area(), r.measure(), value, r.source()));
                }
            }
        }
        return new Checked(violations.isEmpty() ? rows : List.of(), violations);
    }

    private YearMonth month(RawFigure r, List<Problem.Violation> violations) {
        try {
            YearMonth month = YearMonth.parse(r.month() == null ? "" : r.month());
            if (!month.isBefore(currentMonth)) {
                violations.add(new Problem.Violation(r.line() + ": month", month + " is not over yet: figures are "
                        + "for complete months, up to " + currentMonth.minusMonths(1)));
            } else if (month.isBefore(EARLIEST)) {
                violations.add(new Problem.Violation(r.line() + ": month", "must be " + EARLIEST + " or later"));
            }
            return month;
        } catch (DateTimeParseException e) {
            violations.add(new Problem.Violation(r.line() + ": month", "must be a month as yyyy-MM, like 2020-06"));
            return null;
        }
    }

    private static Long value(RawFigure r, List<Problem.Violation> violations) {
        try {
            long value = Long.parseLong(r.value() == null ? "" : r.value());
            if (value < 0 || value > MAX_VALUE) {
                violations.add(new Problem.Violation(r.line() + ": value", "must be from 0 to " + MAX_VALUE));
            }
            return value;
        } catch (NumberFormatException e) {
            violations.add(new Problem.Violation(r.line() + ": value", "must be a whole number"));
            return null;
        }
    }
}
