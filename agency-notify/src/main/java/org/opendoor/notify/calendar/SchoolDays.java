package org.opendoor.notify.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;

/** School days and working days: weekdays that are not bank holidays (nor configured closure days). */
@ApplicationScoped
public class SchoolDays {
    private final BankHolidays holidays;
    private final Set<LocalDate> closedDays;
    private final LocalTime dayStartsAt;
    private final ZoneId zone;

    @Inject
    public SchoolDays(SchoolCalendarConfig config) {
        this(BankHolidays.fromClasspath(), Set.copyOf(config.closedDays().orElse(java.util.List.of())),
                config.dayStartsAt(), ZoneId.of(config.zone()));
    }

    public SchoolDays(BankHolidays holidays, Set<LocalDate> closedDays, LocalTime dayStartsAt, ZoneId zone) {
        this.holidays = holidays;
        this.closedDays = closedDays;
        this.dayStartsAt = dayStartsAt;
        this.zone = zone;
    }

    /** Operation Encompass: the start of the first school day strictly after the day of {@code triagedAt}. */
    public Instant startOfNextSchoolDay(Instant triagedAt) {
        LocalDate day = triagedAt.atZone(zone).toLocalDate().plusDays(1);
        while (!isSchoolDay(day)) {
            day = day.plusDays(1);
        }
        return day.atTime(dayStartsAt).atZone(zone).toInstant();
    }

    /** The same time of day on the next working day: "within one working day". */
    public Instant oneWorkingDayAfter(Instant at) {
        var local = at.atZone(zone);
        LocalDate day = local.toLocalDate().plusDays(1);
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day.atTime(local.toLocalTime()).atZone(zone).toInstant();
    }

    public boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidays.contains(day);
    }

    public boolean isSchoolDay(LocalDate day) {
        return isWorkingDay(day) && !closedDays.contains(day);
    }
}
