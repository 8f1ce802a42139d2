package org.opendoor.briefing.usual;

import java.time.YearMonth;

/**
 * One month of a measure.
 *
 * @param month    the month
 * @param count    the events in the month, or the numerator of a rate
 * @param exposure the working days (or calendar days, or 1) of a count, or the denominator of a rate
 * @param excluded a chosen period (such as a lockdown month) left out of later baselines
 */
public record MonthlyCount(YearMonth month, long count, double exposure, boolean excluded) {
    public MonthlyCount {
        if (month == null) {
            throw new IllegalArgumentException("month is required");
        }
        if (count < 0) {
            throw new IllegalArgumentException("count for " + month + " must be 0 or more, was " + count);
        }
        if (!(exposure > 0) || Double.isInfinite(exposure)) {
            throw new IllegalArgumentException(
                    "exposure for " + month + " must be a finite number above 0, was " + exposure);
        }
    }
}
