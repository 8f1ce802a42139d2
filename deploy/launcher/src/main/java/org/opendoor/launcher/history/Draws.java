package org.opendoor.launcher.history;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

/**
 * The chance in one authority's month. Seeded by the seed, the authority and the month alone, so a month's figures
 * are the same whatever range is generated: a second import sends the same history and changes nothing.
 */
final class Draws {
    private final RandomGenerator random;

    Draws(long seed, String area, YearMonth month) {
        // String.hashCode is fixed by the language: the same seed gives the same history on every machine. The
        // three are mixed first: seeds that differ in a bit or two start generators whose early draws are alike.
        long mixed = mix(mix(mix(seed) ^ area.hashCode()) ^ (month.getYear() * 12L + month.getMonthValue()));
        long more = mix(mixed);
        this.random = new Well19937c(new int[] {(int) mixed, (int) (mixed >>> 32), (int) more, (int) (more >>> 32)});
    }

    /** SplitMix64's finaliser: every bit of the result depends on every bit of the value. */
    private static long mix(long value) {
        long z = value + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /**
     * A count with this mean that varies more than chance by {@code dispersion} (coefficient of variation): a
     * negative binomial, drawn as a Poisson count of a gamma-distributed mean.
     */
    long count(double mean, double dispersion) {
        if (mean <= 0) {
            return 0;
        }
        double rate = dispersion == 0 ? mean
                : new GammaDistribution(random, 1 / (dispersion * dispersion), mean * dispersion * dispersion).sample();
        if (rate <= 0) {
            return 0;
        }
        return new PoissonDistribution(random, rate, PoissonDistribution.DEFAULT_EPSILON,
                PoissonDistribution.DEFAULT_MAX_ITERATIONS).sample();
    }

    /** How many of {@code n} go on, each with chance {@code p}. */
    long binomial(long n, double p) {
        if (n == 0 || p <= 0) {
            return 0;
        }
        return p >= 1 ? n : new BinomialDistribution(random, Math.toIntExact(n), p).sample();
    }

    /** {@code n} divided among the keys in proportion to their weights (a multinomial): the parts add up to n. */
    Map<String, Long> split(long n, Map<String, Double> weights) {
        Map<String, Long> parts = new LinkedHashMap<>();
        double weightLeft = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        long left = n;
        int keysLeft = weights.size();
        for (Map.Entry<String, Double> key : weights.entrySet()) {
            long part = --keysLeft == 0 ? left : binomial(left, weightLeft <= 0 ? 0 : key.getValue() / weightLeft);
            parts.put(key.getKey(), part);
            left -= part;
            weightLeft -= key.getValue();
        }
        return parts;
    }
}
