package org.opendoor.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A fixed-window counter per client address, in memory (per instance: a cluster of N instances admits up to N
 * times the limit, which is acceptable for a form that is also size limited).
 */
public final class ClientRateLimiter {
    private record Window(Instant start, int count) {
    }

    private final int requests;
    private final Duration per;
    private final int trackedAddresses;
    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    public ClientRateLimiter(int requests, Duration per, int trackedAddresses, Clock clock) {
        if (requests < 1 || per.isNegative() || per.isZero()) {
            throw new IllegalArgumentException("Invalid rate limit: " + requests + " per " + per);
        }
        this.requests = requests;
        this.per = per;
        this.trackedAddresses = trackedAddresses;
        this.clock = clock;
    }

    /** Counts a request; empty when allowed, otherwise how long until the client may try again. */
    public Optional<Duration> tryAcquire(String client) {
        Instant now = clock.instant();
        if (windows.size() >= trackedAddresses) {
            windows.values().removeIf(w -> !now.isBefore(w.start().plus(per)));
        }
        Window window = windows.compute(client, (k, w) -> w == null || !now.isBefore(w.start().plus(per))
                ? new Window(now, 1) : new Window(w.start(), w.count() + 1));
        if (window.count() <= requests) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, window.start().plus(per)));
    }
}
