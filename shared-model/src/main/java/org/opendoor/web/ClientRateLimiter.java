package org.opendoor.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * A fixed-window counter per client, in memory (per instance: a cluster of N instances admits up to N times the
 * limit, which is acceptable for a form that is also size limited).
 *
 * <p>Bounded: at most {@code trackedClients} windows are held (a Caffeine cache, evicting the least useful when
 * full, and each window when it ends), so a flood of addresses costs memory up to that bound and no more; a client
 * evicted under such a flood starts a fresh window. An IPv6 client is its /64 (one household's or one host's
 * network: anyone with one address has the whole /64 to rotate through); an IPv4 client, or an IPv4-mapped IPv6
 * one, its address. The address given is the connection's, or the one Quarkus took from X-Forwarded-For when the
 * peer is a trusted proxy ({@code quarkus.http.proxy.trusted-proxies}).
 */
public final class ClientRateLimiter {
    private static final Pattern IPV6_LITERAL = Pattern.compile("^\\[?[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*(%[^\\]]*)?\\]?$");

    private record Window(Instant start, int count) {
    }

    private final int requests;
    private final Duration per;
    private final Clock clock;
    private final Cache<String, Window> windows;

    public ClientRateLimiter(int requests, Duration per, int trackedClients, Clock clock) {
        this(requests, per, trackedClients, clock, ForkJoinPool.commonPool());
    }

    /** With the executor the cache tidies up on (a test runs it on the caller, to see the bound at once). */
    ClientRateLimiter(int requests, Duration per, int trackedClients, Clock clock, Executor maintenance) {
        if (requests < 1 || per.isNegative() || per.isZero() || trackedClients < 1) {
            throw new IllegalArgumentException("Invalid rate limit: " + requests + " per " + per + " for at most "
                    + trackedClients + " clients");
        }
        this.requests = requests;
        this.per = per;
        this.clock = clock;
        this.windows = Caffeine.newBuilder().maximumSize(trackedClients).expireAfterWrite(per)
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis())).executor(maintenance).build();
    }

    /** Counts a request from {@code address}; empty when allowed, otherwise how long until it may try again. */
    public Optional<Duration> tryAcquire(String address) {
        Instant now = clock.instant();
        Window window = windows.asMap().compute(client(address), (k, w) -> w == null || !now.isBefore(w.start().plus(per))
                ? new Window(now, 1) : new Window(w.start(), w.count() + 1));
        if (window.count() <= requests) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, window.start().plus(per)));
    }

    /** Windows held now (after the cache's pending tidying). */
    long trackedClients() {
        windows.cleanUp();
        return windows.estimatedSize();
    }

    /** Who is counted for an address: an IPv6 address's /64, else the address itself. */
    static String client(String address) {
        if (address == null || address.isBlank()) {
            return "unknown";
        }
        if (!IPV6_LITERAL.matcher(address).matches()) {
            return address;
        }
        String literal = address.replace("[", "").replace("]", "");
        int zone = literal.indexOf('%');
        if (zone >= 0) {
            literal = literal.substring(0, zone);
        }
        try {
            InetAddress parsed = InetAddress.getByName(literal); // a literal: no name lookup
            if (!(parsed instanceof Inet6Address)) {
                return parsed.getHostAddress(); // IPv4-mapped
            }
            byte[] network = Arrays.copyOf(parsed.getAddress(), 16);
            Arrays.fill(network, 8, 16, (byte) 0);
            return InetAddress.getByAddress(network).getHostAddress() + "/64";
        } catch (UnknownHostException e) {
            return address;
        }
    }
}
