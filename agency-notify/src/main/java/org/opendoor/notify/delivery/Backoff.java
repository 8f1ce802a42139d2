package org.opendoor.notify.delivery;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/** Exponential backoff with jitter: initial × 2^(attempt−1), capped, spread by ±jitter. */
public final class Backoff {
    private final Duration initial;
    private final Duration max;
    private final double jitter;
    private final DoubleSupplier random;

    public Backoff(Duration initial, Duration max, double jitter, DoubleSupplier random) {
        if (jitter < 0 || jitter >= 1) {
            throw new IllegalArgumentException("Invalid jitter: " + jitter + " (0 <= jitter < 1)");
        }
        this.initial = initial;
        this.max = max;
        this.jitter = jitter;
        this.random = random;
    }

    /** The wait after the given number of failed attempts (1 = after the first). */
    public Duration after(int failedAttempts) {
        long base = initial.toMillis() << Math.min(Math.max(failedAttempts - 1, 0), 30);
        long capped = Math.min(base < 0 ? Long.MAX_VALUE : base, max.toMillis());
        double spread = 1 + jitter * (2 * random.getAsDouble() - 1);
        return Duration.ofMillis(Math.max(1, Math.round(capped * spread)));
    }
}
