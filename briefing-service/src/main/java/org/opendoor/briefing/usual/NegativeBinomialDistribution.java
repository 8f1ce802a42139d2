package org.opendoor.briefing.usual;

import org.apache.commons.math3.distribution.AbstractIntegerDistribution;
import org.apache.commons.math3.special.Beta;
import org.apache.commons.math3.special.Gamma;

/**
 * The negative binomial with a given mean and a real (not necessarily whole) size: commons-math3's
 * {@code PascalDistribution} takes only whole sizes, and the size μ/(φ−1) is rarely whole. Its distribution function is
 * the regularized incomplete beta, P(Y ≤ k) = I_p(size, k + 1) with p = size/(size + mean); the quantiles come from
 * commons-math3's search over it.
 */
final class NegativeBinomialDistribution extends AbstractIntegerDistribution {
    private static final long serialVersionUID = 1L;

    private final double mean;
    private final double size;
    private final double p;

    NegativeBinomialDistribution(double mean, double size) {
        // No random generator: this distribution is never sampled.
        super(null);
        if (!(mean > 0) || Double.isInfinite(mean)) {
            throw new IllegalArgumentException("mean must be a finite number above 0, was " + mean);
        }
        if (!(size > 0) || Double.isInfinite(size)) {
            throw new IllegalArgumentException("size must be a finite number above 0, was " + size);
        }
        this.mean = mean;
        this.size = size;
        this.p = size / (size + mean);
    }

    @Override
    public double probability(int k) {
        if (k < 0) {
            return 0;
        }
        return Math.exp(Gamma.logGamma(k + size) - Gamma.logGamma(size) - Gamma.logGamma(k + 1.0)
                + size * Math.log(p) + k * Math.log1p(-p));
    }

    @Override
    public double cumulativeProbability(int k) {
        if (k < 0) {
            return 0;
        }
        return Beta.regularizedBeta(p, size, k + 1.0);
    }

    @Override
    public double getNumericalMean() {
        return mean;
    }

    @Override
    public double getNumericalVariance() {
        return mean + mean * mean / size;
    }

    @Override
    public int getSupportLowerBound() {
        return 0;
    }

    @Override
    public int getSupportUpperBound() {
        return Integer.MAX_VALUE;
    }

    @Override
    public boolean isSupportConnected() {
        return true;
    }
}
