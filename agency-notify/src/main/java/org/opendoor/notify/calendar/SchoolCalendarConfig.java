package org.opendoor.notify.calendar;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.LocalDate;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * What is particular to schools on top of the one working-day calendar: when their day starts, and (optionally)
 * days they are closed besides weekends and bank holidays.
 */
@ConfigMapping(prefix = "notify.school-calendar")
public interface SchoolCalendarConfig {
    /** Operation Encompass is due by the start of the school day. */
    @WithDefault("08:30")
    LocalTime dayStartsAt();

    /**
     * The partnership's school terms, in the format of the shipped {@value SchoolTerms#SHIPPED}, in its place;
     * checked at start-up like the shipped one.
     */
    Optional<Path> termsFile();

    /** Extra closure days on top of the terms file (a snow day, a one-off), ISO dates. */
    Optional<List<LocalDate>> closedDays();

    /**
     * Moved: school days are in the one time zone of every service, {@code opendoor.time.zone}. Still set, it stops
     * start-up rather than be ignored.
     */
    @Deprecated
    Optional<String> zone();
}
