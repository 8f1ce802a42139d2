package org.opendoor.frontend.concern;

import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Sends the session cookie a page started (or the instruction to drop it) with that page's response. */
public class SessionCookies {
    private final CurrentReport current;

    public SessionCookies(CurrentReport current) {
        this.current = current;
    }

    @ServerResponseFilter
    public void send(ContainerResponseContext response) {
        String header = current.setCookieHeader();
        if (header != null) {
            response.getHeaders().add("Set-Cookie", header);
        }
    }
}
