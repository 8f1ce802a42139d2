package org.opendoor.frontend.layout;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Every HTML response, whichever part of the server wrote it: UTF-8 said in the header, and never stored. Pages may
 * hold a person's answers about a child (or the reference of their report), and the back button after leaving, or
 * a shared computer, must not show them again.
 */
@ApplicationScoped
public class PageHeaders {
    void everyPage(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(routing -> {
            HttpServerResponse response = routing.response();
            routing.addHeadersEndHandler(end -> {
                String type = response.headers().get(HttpHeaders.CONTENT_TYPE);
                if (type != null && type.startsWith("text/html")) {
                    response.putHeader(HttpHeaders.CACHE_CONTROL, "no-store");
                    if (!type.contains("charset")) {
                        response.putHeader(HttpHeaders.CONTENT_TYPE, "text/html;charset=UTF-8");
                    }
                }
            });
            routing.next();
        });
    }
}
