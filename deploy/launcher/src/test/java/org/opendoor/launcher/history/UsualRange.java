package org.opendoor.launcher.history;

import java.util.List;

/**
 * A plain test at 95% of one month against the same month of earlier years, as a briefing might make it: the rate
 * per day of exposure in each earlier year, their mean as what is expected and a prediction interval around it (t
 * with n - 1 degrees of freedom on their spread, never narrower than chance). Without a trend term it expects a
 * growing volume to be lower than it is, so a month it calls lower is lower still against a trend.
 */
record UsualRange(double expected, double low, double high, double relativeSpread) {
    /** t(0.975) for 2 to 6 degrees of freedom. */
    private static final double[] T = {Double.NaN, Double.NaN, 4.303, 3.182, 2.776, 2.571, 2.447};

    static UsualRange of(List<Double> pastRates, double exposure) {
        int n = pastRates.size();
        double mean = pastRates.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double variance = pastRates.stream().mapToDouble(r -> (r - mean) * (r - mean)).sum() / (n - 1);
        double expected = mean * exposure;
        double spread = Math.max(Math.sqrt(variance) * exposure, Math.sqrt(expected));
        double halfWidth = T[n - 1] * spread * Math.sqrt(1 + 1.0 / n);
        return new UsualRange(expected, expected - halfWidth, expected + halfWidth, spread / expected);
    }

    String level(long value) {
        return value < low ? "LOWER" : value > high ? "HIGHER" : "USUAL";
    }

    double percentChange(long value) {
        return 100 * (value - expected) / expected;
    }
}
