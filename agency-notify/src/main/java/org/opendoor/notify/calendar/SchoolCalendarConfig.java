package org.opendoor.notify.calendar;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/** When a school day starts, and (optionally) days the schools are closed besides weekends and bank holidays. */
@ConfigMapping(prefix = "notify.school-calendar")
public interface SchoolCalendarConfig {
    /** Operation Encompass is due by the start of the school day. */
    @WithDefault("08:30")
    LocalTime dayStartsAt();

    @WithDefault("Europe/London")
    String zone();

    /** Optional term-date configuration: extra closure days (INSET days, half terms), ISO dates. */
    Optional<List<LocalDate>> closedDays();
}
