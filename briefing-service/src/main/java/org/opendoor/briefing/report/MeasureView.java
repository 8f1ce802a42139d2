package org.opendoor.briefing.report;

import java.time.YearMonth;
import java.util.List;

/**
 * One measure of a briefing: this month's value against what is usual, what that means in words, and the series
 * behind its chart. For a PERCENT measure, value, expected and the usual range are percentages; count and
 * denominator the figures they come from.
 */
public record MeasureView(String measure, String title, String unit, Number value, Long count, Long denominator,
        Double expected, Number usualLow, Number usualHigh, Double dfeStylePercentChange, String direction,
        String level, String trend, Change changeFromLastMonth, String guard, boolean suppressed, String statement,
        String source, boolean chart, List<Point> series) {

    public record Change(Number previous, Double percent, String direction) {
    }

    public record Point(YearMonth month, Number value, Double expected, Number usualLow, Number usualHigh,
            boolean excluded) {
    }
}
