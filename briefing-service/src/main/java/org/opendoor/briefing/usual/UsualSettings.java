package org.opendoor.briefing.usual;

/**
 * How "what is usual" is worked out.
 *
 * @param minBaselineYears  prior years of the same month needed before anything is said (else NO_BASELINE)
 * @param maxBaselineYears  prior years used at most
 * @param windowMonths      months either side of the same month taken from each prior year (at most 5, so the
 *                          windows of neighbouring years never overlap)
 * @param predictionLevel   the coverage of the usual range, two-sided (0.95: 2.5% below, 2.5% above)
 * @param trendSignificance the significance level of every test: the baseline's trend term, the three-month
 *                          trend and the change from last month
 * @param minimumExpected   below this, when the count is below it too, nothing is claimed (TOO_FEW)
 * @param outlierResidual   baseline months whose Anscombe residual is larger than this (in either direction) are
 *                          down-weighted, as in Noufaily et al. (2013), so one odd month does not widen the range
 * @param dfeStyleYears     prior years of the same month in the DfE-style comparison
 */
public record UsualSettings(int minBaselineYears, int maxBaselineYears, int windowMonths, double predictionLevel,
        double trendSignificance, double minimumExpected, double outlierResidual, int dfeStyleYears) {

    public UsualSettings {
        if (minBaselineYears < 1) {
            throw new IllegalArgumentException("minBaselineYears must be 1 or more, was " + minBaselineYears);
        }
        if (maxBaselineYears < minBaselineYears) {
            throw new IllegalArgumentException("maxBaselineYears must be at least minBaselineYears ("
                    + minBaselineYears + "), was " + maxBaselineYears);
        }
        if (windowMonths < 0 || windowMonths > 5) {
            throw new IllegalArgumentException("windowMonths must be from 0 to 5, was " + windowMonths);
        }
        if (!(predictionLevel > 0 && predictionLevel < 1)) {
            throw new IllegalArgumentException("predictionLevel must be between 0 and 1, was " + predictionLevel);
        }
        if (!(trendSignificance > 0 && trendSignificance < 1)) {
            throw new IllegalArgumentException(
                    "trendSignificance must be between 0 and 1, was " + trendSignificance);
        }
        if (!(minimumExpected >= 0) || Double.isInfinite(minimumExpected)) {
            throw new IllegalArgumentException(
                    "minimumExpected must be a finite number, 0 or more, was " + minimumExpected);
        }
        if (!(outlierResidual > 0) || Double.isInfinite(outlierResidual)) {
            throw new IllegalArgumentException(
                    "outlierResidual must be a finite number above 0, was " + outlierResidual);
        }
        if (dfeStyleYears < 1) {
            throw new IllegalArgumentException("dfeStyleYears must be 1 or more, was " + dfeStyleYears);
        }
    }

    /** 3 to 5 prior years, the same month ± 1, a 95% range, tests at 5%, at least 10 expected, residuals above 2.58. */
    public static UsualSettings defaults() {
        return new UsualSettings(3, 5, 1, 0.95, 0.05, 10, 2.58, 3);
    }
}
