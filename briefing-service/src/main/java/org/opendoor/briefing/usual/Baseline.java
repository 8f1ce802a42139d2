package org.opendoor.briefing.usual;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The months a month is compared with: the same calendar month ± the window in each of the prior years, without
 * excluded or unknown months. Only earlier years are used, so the month itself and anything after it never are.
 *
 * @param points the baseline months
 * @param years  the prior years whose same calendar month is known and not excluded
 */
record Baseline(List<Point> points, int years) {

    /** A baseline month: its time before the month assessed in years, and which month of the window it is. */
    record Point(YearMonth month, double yearsBefore, int monthsFromSame, long count, double exposure) {}

    static Baseline before(MonthlySeries series, YearMonth month, UsualSettings settings) {
        List<Point> points = new ArrayList<>();
        int years = 0;
        for (int year = 1; year <= settings.maxBaselineYears(); year++) {
            YearMonth same = month.minusYears(year);
            if (series.get(same).filter(count -> !count.excluded()).isPresent()) {
                years++;
            }
            for (int offset = -settings.windowMonths(); offset <= settings.windowMonths(); offset++) {
                int fromSame = offset;
                series.get(same.plusMonths(offset))
                        .filter(count -> !count.excluded())
                        .ifPresent(count -> points.add(new Point(count.month(),
                                month.until(count.month(), ChronoUnit.MONTHS) / 12.0, fromSame, count.count(),
                                count.exposure())));
            }
        }
        return new Baseline(List.copyOf(points), years);
    }

    boolean enough(UsualSettings settings) {
        return years >= settings.minBaselineYears();
    }
}
