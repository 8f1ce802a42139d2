package org.opendoor.triage.deadlines;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;

/** Decision timescales. Working Together: a decision within one working day; RED within hours. */
@ConfigMapping(prefix = "triage.deadlines")
public interface DeadlinesConfig {
    /** A RED case must be decided within this time of receipt. */
    @WithDefault("PT4H")
    Duration redWithin();

    /** AMBER: due at the cut-off time on the Nth working day after the day of receipt. */
    @WithDefault("1")
    int amberWorkingDays();

    /** GREEN: due at the cut-off time on the Nth working day after the day of receipt. */
    @WithDefault("1")
    int greenWorkingDays();

    /** Local time of day a working-day deadline falls at. */
    @WithDefault("17:00")
    LocalTime cutOff();

    /** Bank holidays shipped on the classpath. */
    @WithDefault("calendar/bank-holidays-england-and-wales.json")
    String bankHolidays();

    /** An operator's replacement bank-holiday file (same format); takes the place of the shipped one. */
    Optional<Path> bankHolidaysFile();
}
