package org.opendoor.notify.calendar;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.opendoor.calendar.WorkingCalendar;

/**
 * School days: the working days of the one calendar ({@link WorkingCalendar}: weekdays that are not bank
 * holidays) that are not configured closure days, starting at the configured time.
 */
@ApplicationScoped
@Startup // the calendar's data file and the closure days are checked at start-up, not at the first incident
public class SchoolDays {
    private final WorkingCalendar calendar;
    private final Set<LocalDate> closedDays;
    private final LocalTime dayStartsAt;

    @Inject
    @SuppressWarnings("deprecation") // read only to refuse it
    public SchoolDays(WorkingCalendar calendar, SchoolCalendarConfig config) {
        this(calendar, Set.copyOf(config.closedDays().orElse(List.of())), config.dayStartsAt());
        if (config.zone().isPresent()) {
            throw new IllegalStateException("notify.school-calendar.zone is no longer read: school days are in the "
                    + "one time zone of every service; set opendoor.time.zone instead");
        }
    }

    public SchoolDays(WorkingCalendar calendar, Set<LocalDate> closedDays, LocalTime dayStartsAt) {
        this.calendar = calendar;
        this.closedDays = Set.copyOf(closedDays);
        this.dayStartsAt = dayStartsAt;
    }

    /** Operation Encompass: the start of the first school day strictly after the day of {@code triagedAt}. */
    public Instant startOfNextSchoolDay(Instant triagedAt) {
        LocalDate day = triagedAt.atZone(calendar.zone()).toLocalDate().plusDays(1);
        while (!isSchoolDay(day)) {
            day = day.plusDays(1);
        }
        return day.atTime(dayStartsAt).atZone(calendar.zone()).toInstant();
    }

    public boolean isSchoolDay(LocalDate day) {
        return calendar.isWorkingDay(day) && !closedDays.contains(day);
    }
}
