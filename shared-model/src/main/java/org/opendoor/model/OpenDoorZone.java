package org.opendoor.model;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.ZoneId;

/**
 * The one time zone OpenDoor's dates are in (a working day, a child's age, a reference's year, a time shown to a
 * person): {@code opendoor.time.zone}, England's by default. Instants are stored and sent in UTC.
 */
@ConfigMapping(prefix = "opendoor.time")
public interface OpenDoorZone {
    @WithDefault("Europe/London")
    ZoneId zone();
}
