package org.opendoor.briefing.usual;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;

/**
 * A weighted Poisson regression with log link and an offset, fitted by iteratively reweighted least squares. The
 * quasi-Poisson dispersion is worked out by the caller from the fitted means, so one fit serves both.
 */
final class PoissonRegression {
    private static final int MAX_ITERATIONS = 25;
    private static final double TOLERANCE = 1e-8;

    /**
     * @param coefficients the fitted coefficients, one per design column
     * @param covariance   the unscaled covariance of the coefficients, (X'WX)⁻¹; multiply by the dispersion
     * @param means        the fitted means
     * @param leverages    the diagonal of the hat matrix
     */
    record Fit(double[] coefficients, RealMatrix covariance, double[] means, double[] leverages) {

        /** Σ wᵢ(yᵢ − μᵢ)²/μᵢ / (n − p), at least 1: never less variable than Poisson. */
        double dispersion(double[] counts, double[] weights) {
            int freedom = counts.length - coefficients.length;
            if (freedom < 1) {
                // Nothing is left over to estimate the dispersion from, so assume Poisson.
                return 1;
            }
            double pearson = 0;
            for (int i = 0; i < counts.length; i++) {
                double residual = counts[i] - means[i];
                pearson += weights[i] * residual * residual / means[i];
            }
            return Math.max(1, pearson / freedom);
        }

        int freedom() {
            return means.length - coefficients.length;
        }
    }

    private PoissonRegression() {
    }

    /**
     * @param counts  the responses (at least one above 0, else the log-mean runs off to minus infinity)
     * @param offsets the log-exposures
     * @param design  one row per response: 1 and then any covariates
     * @param weights the prior weights (1 each, unless down-weighted)
     */
    static Fit fit(double[] counts, double[] offsets, double[][] design, double[] weights) {
        int n = counts.length;
        int p = design[0].length;
        RealMatrix x = new Array2DRowRealMatrix(design, false);
        double[] beta = new double[p];
        // Start at the pooled rate with no slope: close enough for IRLS to converge in a few steps.
        double total = 0;
        double exposure = 0;
        for (int i = 0; i < n; i++) {
            total += weights[i] * counts[i];
            exposure += weights[i] * Math.exp(offsets[i]);
        }
        beta[0] = Math.log(total / exposure);
        double[] means = new double[n];
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double[] working = new double[n];
            for (int i = 0; i < n; i++) {
                double eta = offsets[i] + dot(design[i], beta);
                means[i] = Math.exp(eta);
                working[i] = eta - offsets[i] + (counts[i] - means[i]) / means[i];
            }
            RealMatrix xtw = weightedTranspose(x, weights, means);
            RealMatrix inverse = new LUDecomposition(xtw.multiply(x)).getSolver().getInverse();
            RealVector next = inverse.operate(xtw.operate(new ArrayRealVector(working, false)));
            double change = next.subtract(new ArrayRealVector(beta, false)).getLInfNorm();
            beta = next.toArray();
            if (change < TOLERANCE) {
                break;
            }
        }
        for (int i = 0; i < n; i++) {
            means[i] = Math.exp(offsets[i] + dot(design[i], beta));
        }
        RealMatrix inverse = new LUDecomposition(weightedTranspose(x, weights, means).multiply(x))
                .getSolver().getInverse();
        double[] leverages = new double[n];
        for (int i = 0; i < n; i++) {
            RealVector row = new ArrayRealVector(design[i], false);
            leverages[i] = weights[i] * means[i] * row.dotProduct(inverse.operate(row));
        }
        return new Fit(beta, inverse, means, leverages);
    }

    /** X'W, with W the prior weights times the fitted means (the IRLS weights of a log-link Poisson model). */
    private static RealMatrix weightedTranspose(RealMatrix x, double[] weights, double[] means) {
        RealMatrix xtw = x.transpose();
        for (int j = 0; j < xtw.getRowDimension(); j++) {
            for (int i = 0; i < means.length; i++) {
                xtw.multiplyEntry(j, i, weights[i] * means[i]);
            }
        }
        return xtw;
    }

    private static double dot(double[] row, double[] beta) {
        double sum = 0;
        for (int j = 0; j < row.length; j++) {
            sum += row[j] * beta[j];
        }
        return sum;
    }
}
