package org.opendoor.briefing.usual;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Whether a measure is "starting to increase" or "starting to decrease": over the month and the two before it,
 * each month's count against its own expected value. A quasi-Poisson regression of the counts on time with offset
 * log(expected) gives the slope of log(observed/expected); it is called only when the slope is significant (a z
 * test, with the baseline's dispersion taken as known) and the three ratios move the same way. A long-term trend the
 * baselines already expect leaves observed/expected flat, so it comes out STEADY.
 */
final class ThreeMonthTrend {
    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1);

    private ThreeMonthTrend() {
    }

    /**
     * @param counts   the counts of the month two before, the month before and the month itself
     * @param expected their expected values, each from its own baseline
     */
    static Trend of(long[] counts, double[] expected, double dispersion, double significance) {
        double total = 0;
        double[] observed = new double[3];
        double[] offsets = new double[3];
        double[][] design = new double[3][];
        for (int j = 0; j < 3; j++) {
            if (expected[j] <= 0) {
                return Trend.STEADY;
            }
            observed[j] = counts[j];
            offsets[j] = Math.log(expected[j]);
            design[j] = new double[] {1, j - 1};
            total += counts[j];
        }
        if (total == 0) {
            return Trend.STEADY;
        }
        PoissonRegression.Fit fit = PoissonRegression.fit(observed, offsets, design, new double[] {1, 1, 1});
        double slope = fit.coefficients()[1];
        double z = slope / Math.sqrt(dispersion * fit.covariance().getEntry(1, 1));
        double p = 2 * (1 - STANDARD_NORMAL.cumulativeProbability(Math.abs(z)));
        if (p >= significance) {
            return Trend.STEADY;
        }
        double first = counts[0] / expected[0];
        double second = counts[1] / expected[1];
        double third = counts[2] / expected[2];
        if (slope > 0 && first < second && second < third) {
            return Trend.RISING;
        }
        if (slope < 0 && first > second && second > third) {
            return Trend.FALLING;
        }
        return Trend.STEADY;
    }
}
