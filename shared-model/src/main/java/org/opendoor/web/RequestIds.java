package org.opendoor.web;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Every request has an id, answered in the {@value #HEADER} response header and recorded with its audit records: the
 * caller's own {@value #HEADER} when it is well formed (1-64 of letters, digits and {@code . _ : -}, starting with a
 * letter or digit; a trace id or UUID fits), so a partner system can follow its request through; else a new UUID.
 * Set first on the Vert.x router (like BodySizeLimit), before authentication, so that a 401 has one too.
 */
@ApplicationScoped
public class RequestIds {
    public static final String HEADER = "X-Request-Id";
    static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");
    private static final String KEY = "opendoor.request-id";

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(rc -> {
            String id = accepted(rc.request().getHeader(HEADER));
            rc.put(KEY, id);
            rc.addHeadersEndHandler(v -> rc.response().headers().set(HEADER, id));
            rc.next();
        });
    }

    /** The caller's id when well formed, else a new one. */
    static String accepted(String offered) {
        return offered != null && WELL_FORMED.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
    }

    static String of(RoutingContext rc) {
        return rc.get(KEY);
    }
}
