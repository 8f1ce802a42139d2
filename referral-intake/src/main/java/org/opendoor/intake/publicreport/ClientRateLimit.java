package org.opendoor.intake.publicreport;

import org.opendoor.web.ClientRateLimiter;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Duration;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.opendoor.web.Problem;

/**
 * Answers 429 with Retry-After when a client address sends more than the configured number of requests to a
 * {@link RateLimitedPerClient} endpoint. The address is the connection's, or the one a trusted proxy forwards
 * (quarkus.http.proxy.*).
 */
@ApplicationScoped
public class ClientRateLimit {
    private final ClientRateLimiter limiter;

    public ClientRateLimit(PublicConcernConfig config) {
        PublicConcernConfig.RateLimit limit = config.rateLimit();
        this.limiter = new ClientRateLimiter(limit.requests(), limit.per(), limit.trackedAddresses(), Clock.systemUTC());
    }

    @RateLimitedPerClient
    @ServerRequestFilter
    public Response limit(HttpServerRequest request) {
        String client = request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
        return limiter.tryAcquire(client).map(wait -> Problem.of(Response.Status.TOO_MANY_REQUESTS,
                        "Too many reports from your address. Please try again later. If a child is in immediate danger, "
                                + "call 999.")
                .toResponseBuilder().header("Retry-After", Long.toString(seconds(wait))).build()).orElse(null);
    }

    private static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}
