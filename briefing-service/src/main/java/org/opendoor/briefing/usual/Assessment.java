package org.opendoor.briefing.usual;

import java.time.YearMonth;

/**
 * One month weighed against what is usual for it.
 *
 * @param month                  the month assessed
 * @param count                  its count (the numerator for a rate)
 * @param exposure               its exposure (the denominator for a rate)
 * @param expected               the expected count for this month's exposure; null with NO_BASELINE
 * @param usualLow               the lower end of the usual range in count units (the prediction interval's lower
 *                               quantile: a count below it is LOWER); null with NO_BASELINE
 * @param usualHigh              the upper end (a count above it is HIGHER); null with NO_BASELINE
 * @param dfeStylePercentChange  the percentage difference from the mean of the same month in the prior three years
 *                               (of counts, or of rates for a RATE series), unrounded; null when those months are
 *                               not all known or their mean is 0
 * @param level                  against the usual range
 * @param trend                  the last three months against their own expected values
 * @param change                 the change from the previous month
 * @param guard                  why nothing is claimed, or null
 * @param baselineMonths         the baseline months the expected value rests on
 * @param trendTermKept          whether the baseline's long-term trend term was kept (significant)
 * @param dispersion             the baseline's quasi-Poisson dispersion (1 means Poisson); NaN with NO_BASELINE
 */
public record Assessment(YearMonth month, long count, double exposure, Double expected, Long usualLow,
        Long usualHigh, Double dfeStylePercentChange, Level level, Trend trend, MonthChange change, Guard guard,
        int baselineMonths, boolean trendTermKept, double dispersion) {

    /** The level when it is not USUAL, else the trend when it is not STEADY, else USUAL. */
    public Direction direction() {
        if (level != Level.USUAL) {
            return Direction.valueOf(level.name());
        }
        if (trend != Trend.STEADY) {
            return Direction.valueOf(trend.name());
        }
        return Direction.USUAL;
    }
}
