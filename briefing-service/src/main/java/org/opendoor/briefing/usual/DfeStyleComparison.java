package org.opendoor.briefing.usual;

import java.time.YearMonth;

/**
 * The comparison DfE used: the percentage difference from the plain mean of the same month in the prior years, with
 * no allowance for working days, trend or chance. For a COUNT series it compares raw counts; for a RATE series
 * rates (count/exposure). Months marked excluded are still used: this is the plain comparison, shown beside the
 * model, not instead of it.
 */
final class DfeStyleComparison {

    private DfeStyleComparison() {
    }

    /** Null when any of the prior same months is unknown, or their mean is 0. */
    static Double percentChange(MonthlySeries series, YearMonth month, SeriesKind kind, int years) {
        MonthlyCount current = series.get(month).orElseThrow();
        double sum = 0;
        for (int year = 1; year <= years; year++) {
            var prior = series.get(month.minusYears(year));
            if (prior.isEmpty()) {
                return null;
            }
            sum += MonthOnMonth.value(prior.get(), kind);
        }
        double mean = sum / years;
        if (mean == 0) {
            return null;
        }
        return 100 * (MonthOnMonth.value(current, kind) - mean) / mean;
    }
}
