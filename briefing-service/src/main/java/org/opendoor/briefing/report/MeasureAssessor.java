package org.opendoor.briefing.report;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.opendoor.briefing.figures.FigureTable;
import org.opendoor.briefing.measures.Measure;
import org.opendoor.briefing.measures.MeasureCatalogue;
import org.opendoor.briefing.measures.Unit;
import org.opendoor.briefing.usual.Assessment;
import org.opendoor.briefing.usual.MonthlyCount;
import org.opendoor.briefing.usual.SeriesKind;
import org.opendoor.briefing.usual.UsualModel;
import org.opendoor.calendar.WorkingCalendar;

/** Reads one measure of an area for a month: its figures, what is usual, the words, and the chart's 24 months. */
final class MeasureAssessor {
    static final int CHART_MONTHS = 24;
    /** Enough months back for the chart's first month to have five years of baseline and a three-month trend. */
    static final int HISTORY_MONTHS = CHART_MONTHS + 5 * 12 + 3;

    private final UsualModel model;
    private final MeasureCatalogue catalogue;
    private final WorkingCalendar calendar;

    MeasureAssessor(UsualModel model, MeasureCatalogue catalogue, WorkingCalendar calendar) {
        this.model = model;
        this.catalogue = catalogue;
        this.calendar = calendar;
    }

    MeasureView assess(FigureTable table, Measure m, YearMonth month) {
        List<MonthlyCount> series = MeasureSeries.of(table, m, catalogue, calendar,
                month.minusMonths(HISTORY_MONTHS), month);
        Map<YearMonth, MonthlyCount> byMonth = series.stream()
                .collect(Collectors.toMap(MonthlyCount::month, Function.identity()));
        SeriesKind kind = MeasureSeries.isRate(m) ? SeriesKind.RATE : SeriesKind.COUNT;
        List<MeasureView.Point> points = new ArrayList<>();
        for (YearMonth p = month.minusMonths(CHART_MONTHS - 1); !p.isAfter(month); p = p.plusMonths(1)) {
            MonthlyCount known = byMonth.get(p);
            if (known == null) {
                points.add(new MeasureView.Point(p, null, null, null, null, catalogue.excluded(p)));
                continue;
            }
            Reading r = new Reading(m, p, model.assess(series, p, kind), null);
            boolean baseline = r.assessment().expected() != null;
            points.add(new MeasureView.Point(p, inUnit(r, r.assessment().count()),
                    baseline ? Figures.oneDecimal(r.inUnit(r.assessment().expected())) : null,
                    baseline ? inUnit(r, r.assessment().usualLow()) : null,
                    baseline ? inUnit(r, r.assessment().usualHigh()) : null, known.excluded()));
        }
        MonthlyCount current = byMonth.get(month);
        String source = table.source(m, month);
        if (current == null) {
            return new MeasureView(m.id(), m.title(), m.unit().name(), null, null, null, null, null, null, null,
                    "USUAL", "USUAL", "STEADY", null, null, false, Statements.noFigure(m, month), source, m.chart(),
                    points);
        }
        Assessment a = model.assess(series, month, kind);
        MonthlyCount before = byMonth.get(month.minusMonths(1));
        Number previousInUnit = before == null ? null : inUnit(m, before.count(), before.exposure());
        Reading r = new Reading(m, month, a, previousInUnit == null ? null : previousInUnit.doubleValue());
        boolean baseline = a.expected() != null;
        MeasureView.Change change = a.change() == null ? null : new MeasureView.Change(
                previousInUnit,
                a.change().percent() == null ? null : Figures.oneDecimal(a.change().percent()),
                a.change().direction().name());
        return new MeasureView(m.id(), m.title(), m.unit().name(), inUnit(r, a.count()), a.count(),
                r.percent() ? Math.round(a.exposure()) : null,
                baseline ? Figures.oneDecimal(r.inUnit(a.expected())) : null,
                baseline ? inUnit(r, a.usualLow()) : null, baseline ? inUnit(r, a.usualHigh()) : null,
                a.dfeStylePercentChange() == null ? null : Figures.oneDecimal(a.dfeStylePercentChange()),
                a.direction().name(), a.level().name(), a.trend().name(), change,
                a.guard() == null ? null : a.guard().name(), false, Statements.of(r), source, m.chart(), points);
    }

    /** Another month's count as itself, or as a percentage (one decimal) of that month's denominator. */
    private static Number inUnit(Measure m, long count, double exposure) {
        if (m.unit() == Unit.PERCENT) {
            return Figures.oneDecimal(100.0 * count / exposure);
        }
        return count;
    }

    /** A count as itself, or as a percentage (one decimal) of the month's denominator. */
    private static Number inUnit(Reading r, long count) {
        if (r.percent()) {
            return Figures.oneDecimal(r.inUnit(count));
        }
        return count; // not in a conditional expression, which would widen it to a double
    }
}
