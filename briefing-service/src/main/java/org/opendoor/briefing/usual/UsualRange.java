package org.opendoor.briefing.usual;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * The usual range of a month's count: the two-sided prediction interval, as whole counts. A count below {@code low}
 * or above {@code high} is unusual; each side has about (1 − level)/2 chance when nothing has changed.
 *
 * <p>The predictive distribution is a negative binomial with the expected value as its mean. Its variance starts
 * from φμ₀ + μ₀²·Var(η̂₀): the month's own quasi-Poisson variation plus the uncertainty of the expected value itself
 * (Farrington's Var(y₀ − μ̂₀)). Both terms rest on φ, estimated from only n − p baseline months, so the variance is
 * widened by (t/z)², the ratio of Student's t quantile on n − p degrees of freedom to the normal one: the usual
 * allowance for a prediction with an estimated scale. Without these two allowances (a plug-in interval with size
 * μ₀/(φ − 1), as in Noufaily et al.) the range is too narrow with a baseline of about fifteen months and flags more
 * months than the stated level. The negative binomial with that variance V has size μ₀²/(V − μ₀).
 */
record UsualRange(long low, long high) {
    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1);

    /**
     * When the trend term was kept, the range spans the ranges with and without it. A trend that passes its test
     * may still be noise (one flat baseline in twenty passes at 5%), and extrapolated to this month it would then
     * flag it far more often than the stated level; so a month is only unusual when it is beyond what the trend
     * projects and beyond what the plain level of the baseline gives too.
     */
    static UsualRange of(Expectation expectation, double level) {
        UsualRange range = single(expectation, level);
        if (expectation.withoutTrend() == null) {
            return range;
        }
        UsualRange plain = single(expectation.withoutTrend(), level);
        return new UsualRange(Math.min(range.low, plain.low), Math.max(range.high, plain.high));
    }

    private static UsualRange single(Expectation expectation, double level) {
        double mean = expectation.expected();
        if (mean == 0) {
            return new UsualRange(0, 0);
        }
        double tail = (1 - level) / 2;
        double variance = scaleAllowance(expectation.freedom(), tail)
                * (expectation.dispersion() * mean + mean * mean * expectation.logMeanVariance());
        NegativeBinomialDistribution predictive = new NegativeBinomialDistribution(mean,
                mean * mean / (variance - mean));
        return new UsualRange(predictive.inverseCumulativeProbability(tail),
                predictive.inverseCumulativeProbability(1 - tail));
    }

    /** (t/z)² at the upper tail; 1 when no freedom was left and the dispersion was taken as 1, not estimated. */
    private static double scaleAllowance(int freedom, double tail) {
        if (freedom < 1) {
            return 1;
        }
        double t = new TDistribution(null, freedom).inverseCumulativeProbability(1 - tail);
        double z = STANDARD_NORMAL.inverseCumulativeProbability(1 - tail);
        return (t / z) * (t / z);
    }

    Level levelOf(long count) {
        if (count < low) {
            return Level.LOWER;
        }
        if (count > high) {
            return Level.HIGHER;
        }
        return Level.USUAL;
    }
}
