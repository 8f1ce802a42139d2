package org.opendoor.web;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.opendoor.model.Json;


/**
 * Refuses a body declared larger than quarkus.http.limits.max-body-size with a problem+json 413 before any of it
 * is read. (A chunked body without Content-Length still meets the server's own limit, which answers a bare 413.)
 */
@ApplicationScoped
public class BodySizeLimit {
    private final long maxBytes;

    public BodySizeLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize max) {
        this.maxBytes = max.asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            if (declaredLength(context.request().getHeader(HttpHeaders.CONTENT_LENGTH)) > maxBytes) {
                context.response().setStatusCode(413)
                        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .end(Json.write(Problem.of(Response.Status.REQUEST_ENTITY_TOO_LARGE,
                                "The request body is too large; the limit is " + maxBytes + " bytes.")));
            } else {
                context.next();
            }
        });
    }

    private static long declaredLength(String header) {
        if (header == null) {
            return -1;
        }
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
