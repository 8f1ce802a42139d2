package org.opendoor.briefing.report;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.opendoor.briefing.figures.FigureTable;
import org.opendoor.briefing.measures.Exposure;
import org.opendoor.briefing.measures.Measure;
import org.opendoor.briefing.measures.MeasureCatalogue;
import org.opendoor.briefing.measures.Unit;
import org.opendoor.briefing.usual.MonthlyCount;
import org.opendoor.calendar.WorkingCalendar;

/**
 * A measure's known months as the model reads them: each month's count with its exposure (working days, calendar
 * days, or a percentage's denominator) and whether it lies in a period left out of baselines. Unknown months are
 * left out, never taken as zero.
 */
final class MeasureSeries {
    private MeasureSeries() {
    }

    static List<MonthlyCount> of(FigureTable table, Measure m, MeasureCatalogue catalogue, WorkingCalendar calendar,
            YearMonth from, YearMonth to) {
        List<MonthlyCount> series = new ArrayList<>();
        Measure numerator = m.unit() == Unit.PERCENT ? catalogue.measure(m.numerator()).orElseThrow() : m;
        Measure denominator = m.unit() == Unit.PERCENT ? catalogue.measure(m.denominator()).orElseThrow() : null;
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            Optional<Long> count = table.value(numerator, month);
            if (count.isEmpty()) {
                continue;
            }
            double exposure = denominator == null ? m.exposure().of(month, calendar)
                    : table.value(denominator, month).orElse(0L);
            if (exposure > 0 && (denominator == null || count.get() <= exposure)) {
                series.add(new MonthlyCount(month, count.get(), exposure, catalogue.excluded(month)));
            }
        }
        return series;
    }

    static boolean isRate(Measure m) {
        return m.exposure() == Exposure.DENOMINATOR;
    }
}
