package org.opendoor.briefing.usual;

/**
 * The usual range of a month's count: the two-sided prediction interval, as whole counts. A count below {@code low}
 * or above {@code high} is unusual; each side has at most (1 − level)/2 chance when nothing has changed.
 *
 * <p>The predictive distribution is a negative binomial with the expected value as its mean and the variance
 * φμ₀ + μ₀²·Var(η̂₀): the month's own quasi-Poisson variation plus the uncertainty of the expected value itself
 * (Farrington's Var(y₀ − μ̂₀)). Its size is therefore μ₀/((φ − 1) + μ₀·Var(η̂₀)); it is Noufaily's μ₀/(φ − 1) when
 * the expected value is known exactly. Leaving the second term out (a plug-in interval) makes the range too narrow
 * with a baseline of about fifteen months, and flags more months than the stated level.
 */
record UsualRange(long low, long high) {

    static UsualRange of(Expectation expectation, double level) {
        double mean = expectation.expected();
        if (mean == 0) {
            return new UsualRange(0, 0);
        }
        double size = mean / ((expectation.dispersion() - 1) + mean * expectation.logMeanVariance());
        NegativeBinomialDistribution predictive = new NegativeBinomialDistribution(mean, size);
        double tail = (1 - level) / 2;
        return new UsualRange(predictive.inverseCumulativeProbability(tail),
                predictive.inverseCumulativeProbability(1 - tail));
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
