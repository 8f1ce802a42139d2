package org.opendoor.triage.councils;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Duration;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.opendoor.web.ClientRateLimiter;
import org.opendoor.web.Problem;

/** Answers 429 with Retry-After when one client address looks up too many postcodes. */
@ApplicationScoped
public class CouncilLookupRateLimit {
    @ConfigMapping(prefix = "triage.councils.rate-limit")
    public interface Config {
        /** Lookups one client address may make per window. */
        @WithDefault("60")
        int requests();

        /** Length of the window. */
        @WithDefault("PT1M")
        Duration per();

        /** Client addresses tracked at most; beyond it, expired windows are swept. */
        @WithDefault("100000")
        int trackedAddresses();
    }

    private final ClientRateLimiter limiter;

    public CouncilLookupRateLimit(Config config) {
        this.limiter = new ClientRateLimiter(config.requests(), config.per(), config.trackedAddresses(),
                Clock.systemUTC());
    }

    @CouncilLookupRateLimited
    @ServerRequestFilter
    public Response limit(HttpServerRequest request) {
        String client = request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
        return limiter.tryAcquire(client).map(wait -> Problem.of(Response.Status.TOO_MANY_REQUESTS,
                        "Too many postcode lookups from your address. Please try again later. If a child is in "
                                + "immediate danger, call 999.")
                .toResponseBuilder().header("Retry-After", Long.toString(Math.max(1, (wait.toMillis() + 999) / 1000)))
                .build()).orElse(null);
    }
}
