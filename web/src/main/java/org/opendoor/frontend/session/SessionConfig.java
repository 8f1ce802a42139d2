package org.opendoor.frontend.session;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long and how many journeys in progress this instance keeps in memory, and their cookie. */
@ConfigMapping(prefix = "web.session")
public interface SessionConfig {
    /** Answers are forgotten after this long without a page being used. */
    @WithDefault("PT60M")
    Duration idleTimeout();

    /** Journeys kept at most; beyond it expired ones are swept, then the least recently used gives way. */
    @WithDefault("2000")
    int capacity();

    @WithDefault("opendoor-report")
    String cookieName();

    /** Secure cookies only travel over HTTPS (browsers also accept them from http://localhost). */
    @WithDefault("true")
    boolean secureCookie();
}
