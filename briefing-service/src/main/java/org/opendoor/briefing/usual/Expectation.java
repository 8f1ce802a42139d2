package org.opendoor.briefing.usual;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * The expected count for a month from its baseline, in the style of the improved Farrington method (Noufaily et
 * al., 2013): a quasi-Poisson regression with log link and offset log(exposure), with a linear trend kept only when
 * significant, and baseline months with large Anscombe residuals down-weighted before the final fit.
 *
 * <p>Like Noufaily's seasonal factor, each neighbouring month of the window (the month before, the month after) has
 * its own level: the neighbours add to what is known of the trend and the dispersion, but the level of this month
 * comes from the same calendar month only. Without it, a month unlike its neighbours (August, when schools are
 * shut) would be pulled towards them and called lower than usual every year.
 *
 * @param expected         the expected count at the month's exposure
 * @param logMeanVariance  the variance of the estimated log-mean, φ·x₀'(X'WX)⁻¹x₀: how unsure the expected value is
 * @param dispersion       φ = max(1, weighted Pearson χ²/(n − p))
 * @param trendKept        whether the trend term was kept
 * @param months           the baseline months used
 * @param freedom          the degrees of freedom the dispersion was estimated with, n − p (0 when none were left)
 * @param withoutTrend     when the trend was kept, the same baseline's expectation without it (else null): the usual
 *                         range spans both, so a trend that is partly noise cannot raise an alarm on its own
 */
record Expectation(double expected, double logMeanVariance, double dispersion, boolean trendKept, int months,
        int freedom, Expectation withoutTrend) {

    /** The fit of one model (with or without trend) after down-weighting. */
    private record Candidate(PoissonRegression.Fit fit, double dispersion) {}

    /**
     * Farrington's further rule, refusing a trend whose prediction lies beyond the baseline's values, is not applied:
     * with a window of a few months a year, a real steady trend always predicts beyond last year's values and the
     * rule would call every month of a steadily rising measure higher than usual. Trends that are noise are
     * guarded against by the significance test and by the usual range spanning the model without the trend too.
     *
     * <p>For a RATE series the exposure is the denominator, so the same model is a Poisson model of the numerator
     * per denominator. For percentages near 100% binomial variation is smaller than Poisson: the range is then
     * wider than it need be, never narrower.
     */
    static Expectation fit(Baseline baseline, double exposure, UsualSettings settings) {
        Map<Integer, Long> totals = new TreeMap<>();
        for (Baseline.Point point : baseline.points()) {
            totals.merge(point.monthsFromSame(), point.count(), Long::sum);
        }
        if (totals.getOrDefault(0, 0L) == 0) {
            // Nothing at all in the same month of the prior years: the expected count is 0, no model can be fitted.
            return new Expectation(0, 0, 1, false, baseline.points().size(), 0, null);
        }
        // A neighbouring month whose counts are all 0 has a level of minus infinity; it says nothing about this one.
        List<Integer> neighbours = totals.entrySet().stream()
                .filter(entry -> entry.getKey() != 0 && entry.getValue() > 0).map(Map.Entry::getKey).toList();
        List<Baseline.Point> points = baseline.points().stream()
                .filter(point -> point.monthsFromSame() == 0 || neighbours.contains(point.monthsFromSame()))
                .toList();
        int n = points.size();
        double[] counts = new double[n];
        double[] offsets = new double[n];
        double[][] withTrend = new double[n][];
        double[][] flat = new double[n][];
        for (int i = 0; i < n; i++) {
            Baseline.Point point = points.get(i);
            counts[i] = point.count();
            offsets[i] = Math.log(point.exposure());
            double[] levels = new double[neighbours.size()];
            int level = neighbours.indexOf(point.monthsFromSame());
            if (level >= 0) {
                levels[level] = 1;
            }
            flat[i] = concat(new double[] {1}, levels);
            withTrend[i] = concat(new double[] {1, point.yearsBefore()}, levels);
        }
        Expectation level = predict(downweighted(counts, offsets, flat, settings), exposure, n, null);
        if (n - withTrend[0].length >= 1) {
            Candidate trend = downweighted(counts, offsets, withTrend, settings);
            if (significant(trend, settings.trendSignificance())) {
                return predict(trend, exposure, n, level);
            }
        }
        return level;
    }

    private static double[] concat(double[] first, double[] second) {
        double[] joined = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, joined, first.length, second.length);
        return joined;
    }

    /** Noufaily's step: fit, down-weight months whose Anscombe residual exceeds the threshold, fit again. */
    private static Candidate downweighted(double[] counts, double[] offsets, double[][] design,
            UsualSettings settings) {
        double[] ones = new double[counts.length];
        Arrays.fill(ones, 1);
        PoissonRegression.Fit first = PoissonRegression.fit(counts, offsets, design, ones);
        double dispersion = first.dispersion(counts, ones);
        if (first.freedom() < 1) {
            return new Candidate(first, dispersion);
        }
        double[] weights = new double[counts.length];
        boolean any = false;
        double sum = 0;
        for (int i = 0; i < counts.length; i++) {
            double mean = first.means()[i];
            double residual = 1.5 * (Math.pow(counts[i], 2.0 / 3) * Math.pow(mean, -1.0 / 6) - Math.sqrt(mean))
                    / Math.sqrt(dispersion * (1 - first.leverages()[i]));
            boolean outlying = Math.abs(residual) > settings.outlierResidual();
            any |= outlying;
            weights[i] = outlying ? 1 / (residual * residual) : 1;
            sum += weights[i];
        }
        if (!any) {
            return new Candidate(first, dispersion);
        }
        // Scale the weights to add up to n, as Noufaily does, so the dispersion keeps its meaning.
        for (int i = 0; i < weights.length; i++) {
            weights[i] *= counts.length / sum;
        }
        PoissonRegression.Fit second = PoissonRegression.fit(counts, offsets, design, weights);
        return new Candidate(second, second.dispersion(counts, weights));
    }

    private static boolean significant(Candidate candidate, double level) {
        double slope = candidate.fit().coefficients()[1];
        double error = Math.sqrt(candidate.dispersion() * candidate.fit().covariance().getEntry(1, 1));
        double t = Math.abs(slope / error);
        double p = 2 * (1 - new TDistribution(null, candidate.fit().freedom()).cumulativeProbability(t));
        return p < level;
    }

    /** The month itself is at time 0, so its log-mean is the intercept plus its log-exposure. */
    private static Expectation predict(Candidate candidate, double exposure, int months, Expectation withoutTrend) {
        double intercept = candidate.fit().coefficients()[0];
        return new Expectation(Math.exp(Math.log(exposure) + intercept),
                candidate.dispersion() * candidate.fit().covariance().getEntry(0, 0), candidate.dispersion(),
                withoutTrend != null, months, candidate.fit().freedom(), withoutTrend);
    }
}
