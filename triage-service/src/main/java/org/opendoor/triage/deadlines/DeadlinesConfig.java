package org.opendoor.triage.deadlines;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.time.LocalTime;
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

    /**
     * Moved: every service counts working days on the one calendar, replaced with
     * {@code opendoor.calendar.bank-holidays-file}. Still set, it stops start-up rather than be ignored.
     */
    @Deprecated
    Optional<String> bankHolidays();

    /** Moved to {@code opendoor.calendar.bank-holidays-file}; still set, it stops start-up rather than be ignored. */
    @Deprecated
    Optional<String> bankHolidaysFile();
}
