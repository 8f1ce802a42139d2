package org.opendoor.frontend.concern;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The clock pages read "today" from, and dates people type are read in: OpenDoor's one time zone, the same
 * {@code opendoor.time.zone} value every service reads (web talks to the services over REST only, so it reads the
 * value rather than sharing their model).
 */
public class Clocks {
    @Produces
    @Singleton
    Clock clock(@ConfigProperty(name = "opendoor.time.zone", defaultValue = "Europe/London") ZoneId zone) {
        return Clock.system(zone);
    }
}
