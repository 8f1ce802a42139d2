package org.opendoor.launcher.history;

import java.time.YearMonth;
import java.util.Map;
import java.util.TreeMap;

/**
 * A sound test at 95% of a month against the years before it, as a briefing would make it: the log of the count
 * per day of exposure is fitted by least squares to a level for each month of the year and one linear trend; the
 * residuals' spread is the noise of one month; the usual range is the 95% prediction interval.
 */
final class SeasonalBaseline {
    /** t(0.975) for the 47 degrees of freedom of five years' months less twelve levels and a trend. */
    private static final double T = 2.012;

    private final Map<Integer, Double> level = new TreeMap<>();
    private final Map<Integer, Double> meanTime = new TreeMap<>();
    private final Map<Integer, Integer> count = new TreeMap<>();
    private final double trend;
    private final double sumOfSquares;
    private final double noise;

    /** @param ratePerDay each month's count per day of exposure, five whole years */
    SeasonalBaseline(Map<YearMonth, Double> ratePerDay) {
        Map<Integer, Double> meanLog = new TreeMap<>();
        ratePerDay.forEach((month, rate) -> {
            int m = month.getMonthValue();
            count.merge(m, 1, Integer::sum);
            meanLog.merge(m, Math.log(rate), Double::sum);
            meanTime.merge(m, (double) time(month), Double::sum);
        });
        count.forEach((m, n) -> {
            meanLog.put(m, meanLog.get(m) / n);
            meanTime.put(m, meanTime.get(m) / n);
        });
        double sxy = 0;
        double sxx = 0;
        for (Map.Entry<YearMonth, Double> e : ratePerDay.entrySet()) {
            int m = e.getKey().getMonthValue();
            double t = time(e.getKey()) - meanTime.get(m);
            sxy += t * (Math.log(e.getValue()) - meanLog.get(m));
            sxx += t * t;
        }
        this.trend = sxy / sxx;
        this.sumOfSquares = sxx;
        meanLog.forEach((m, y) -> level.put(m, y - trend * meanTime.get(m)));
        double residuals = 0;
        for (Map.Entry<YearMonth, Double> e : ratePerDay.entrySet()) {
            double r = Math.log(e.getValue()) - expectedLog(e.getKey());
            residuals += r * r;
        }
        this.noise = Math.sqrt(residuals / (ratePerDay.size() - count.size() - 1));
    }

    /** The standard deviation of one month's log count about what is expected. */
    double noise() {
        return noise;
    }

    double expected(YearMonth month, double exposure) {
        return Math.exp(expectedLog(month)) * exposure;
    }

    /** The 95% prediction interval of this month's count: low and high. */
    double[] usualRange(YearMonth month, double exposure) {
        int m = month.getMonthValue();
        double t = time(month) - meanTime.get(m);
        double halfWidth = T * noise * Math.sqrt(1 + 1.0 / count.get(m) + t * t / sumOfSquares);
        return new double[] {Math.exp(expectedLog(month) - halfWidth) * exposure,
                Math.exp(expectedLog(month) + halfWidth) * exposure};
    }

    /** {@code LOWER}, {@code HIGHER} or {@code USUAL}: below, above or inside the usual range. */
    String level(YearMonth month, long value, double exposure) {
        double[] range = usualRange(month, exposure);
        return value < range[0] ? "LOWER" : value > range[1] ? "HIGHER" : "USUAL";
    }

    /** Whether the count against what was expected rose over three months by more than chance (slope of logs). */
    boolean rising(YearMonth last, long[] values, double[] exposures) {
        double[] gaps = new double[3];
        for (int i = 0; i < 3; i++) {
            YearMonth month = last.minusMonths(2 - i);
            gaps[i] = Math.log(values[i] / exposures[i]) - expectedLog(month);
        }
        // least-squares slope over t = -1, 0, 1 and its standard error, noise / sqrt(2)
        double slope = (gaps[2] - gaps[0]) / 2;
        return slope > T * noise / Math.sqrt(2);
    }

    /** Whether this month's count per day is above last month's by more than chance. */
    static boolean upOn(long last, double lastExposure, long now, double nowExposure, double noise) {
        return Math.log(now / nowExposure) - Math.log(last / lastExposure) > T * noise * Math.sqrt(2);
    }

    private double expectedLog(YearMonth month) {
        return level.get(month.getMonthValue()) + trend * time(month);
    }

    private static long time(YearMonth month) {
        return month.getYear() * 12L + month.getMonthValue();
    }
}
