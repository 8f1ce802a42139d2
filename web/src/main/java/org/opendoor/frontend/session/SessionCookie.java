package org.opendoor.frontend.session;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The Set-Cookie header of the session: HttpOnly (no script can read it), Secure, SameSite=Strict (never sent with
 * a request another site starts) and no Max-Age, so closing the browser ends it.
 */
@ApplicationScoped
public class SessionCookie {
    private final SessionConfig config;

    public SessionCookie(SessionConfig config) {
        this.config = config;
    }

    public String name() {
        return config.cookieName();
    }

    public String issue(String sessionId) {
        return config.cookieName() + "=" + sessionId + attributes();
    }

    public String clear() {
        return config.cookieName() + "=" + attributes() + "; Max-Age=0";
    }

    private String attributes() {
        return "; Path=/; HttpOnly; SameSite=Strict" + (config.secureCookie() ? "; Secure" : "");
    }
}
