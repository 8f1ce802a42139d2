package org.opendoor.briefing.usual;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Whether a measure is "starting to increase" or "starting to decrease": over the month and the two before it,
 * each month's count against its own expected value. The slope of log(observed/expected) over the three months is
 * fitted by weighted least squares, each month weighted by the inverse of its variance: φ/μ for the count (the
 * baseline's dispersion taken as known) plus the variance of its own log expected value, since each month's level
 * comes from its own same months of prior years. The trend is called only when the slope is significant (a z test)
 * and the three ratios move the same way. A long-term trend the baselines already expect leaves observed/expected
 * flat, so it comes out STEADY.
 */
final class ThreeMonthTrend {
    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1);

    private ThreeMonthTrend() {
    }

    /**
     * @param counts   the counts of the month two before, the month before and the month itself
     * @param expected their expectations, each from its own baseline
     */
    static Trend of(long[] counts, Expectation[] expected, double dispersion, double significance) {
        double[] ratios = new double[3];
        double[] weights = new double[3];
        double weightSum = 0;
        double timeSum = 0;
        for (int j = 0; j < 3; j++) {
            double mean = expected[j].expected();
            if (mean <= 0) {
                return Trend.STEADY;
            }
            // Half an event keeps a month of 0 finite; the months tested here are never that small.
            ratios[j] = Math.log((counts[j] + 0.5) / mean);
            weights[j] = 1 / (dispersion / mean + expected[j].logMeanVariance());
            weightSum += weights[j];
            timeSum += weights[j] * j;
        }
        double centre = timeSum / weightSum;
        double sxx = 0;
        double sxy = 0;
        for (int j = 0; j < 3; j++) {
            sxx += weights[j] * (j - centre) * (j - centre);
            sxy += weights[j] * (j - centre) * ratios[j];
        }
        double slope = sxy / sxx;
        double z = slope * Math.sqrt(sxx);
        double p = 2 * (1 - STANDARD_NORMAL.cumulativeProbability(Math.abs(z)));
        if (p >= significance) {
            return Trend.STEADY;
        }
        if (slope > 0 && ratios[0] < ratios[1] && ratios[1] < ratios[2]) {
            return Trend.RISING;
        }
        if (slope < 0 && ratios[0] > ratios[1] && ratios[1] > ratios[2]) {
            return Trend.FALLING;
        }
        return Trend.STEADY;
    }
}
