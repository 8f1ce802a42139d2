package org.opendoor.frontend.concern;

import jakarta.inject.Singleton;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** The clock pages read "today" from, in the journey's time zone. */
public class Clocks {
    @Produces
    @Singleton
    Clock clock(ReportConfig config) {
        return Clock.system(config.timeZone());
    }
}
