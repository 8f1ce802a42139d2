package org.opendoor.calendar;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;
import org.jboss.logging.Logger;
import org.opendoor.model.OpenDoorZone;

/**
 * Working days: Monday to Friday except England and Wales bank holidays ({@link BankHolidays}), as days in the one
 * time zone ({@code opendoor.time.zone}). Triage's decision deadlines and notify's notice deadlines count on it.
 */
@Singleton
public final class WorkingCalendar {
    private static final Logger LOG = Logger.getLogger(WorkingCalendar.class);

    private final Set<LocalDate> bankHolidays;
    private final int firstYear;
    private final int lastYear;
    private final ZoneId zone;

    @Inject
    WorkingCalendar(CalendarConfig config, OpenDoorZone zone) {
        this(BankHolidays.load(config.bankHolidaysFile()), zone.zone());
        int thisYear = Year.now(this.zone).getValue();
        for (int year = thisYear; year <= thisYear + 1; year++) {
            if (!covers(year)) {
                LOG.warnf("Bank holidays are not known for %d (%s covers %d to %d): working days then skip only "
                        + "weekends. Set opendoor.calendar.bank-holidays-file to a newer file.", year,
                        config.bankHolidaysFile().map(Object::toString).orElse(BankHolidays.SHIPPED),
                        firstYear, lastYear);
            }
        }
    }

    public WorkingCalendar(BankHolidays holidays, ZoneId zone) {
        this.bankHolidays = Set.copyOf(holidays.dates());
        this.firstYear = holidays.firstYear();
        this.lastYear = holidays.lastYear();
        this.zone = zone;
    }

    /** The shipped bank holidays in {@code zone}. */
    public static WorkingCalendar shipped(ZoneId zone) {
        return new WorkingCalendar(BankHolidays.shipped(), zone);
    }

    public ZoneId zone() {
        return zone;
    }

    public boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !bankHolidays.contains(day);
    }

    public boolean isBankHoliday(LocalDate day) {
        return bankHolidays.contains(day);
    }

    /** The Nth working day after {@code day} ({@code n} ≥ 0); {@code day} itself never counts. */
    public LocalDate workingDaysAfter(LocalDate day, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("A number of working days cannot be negative: " + n);
        }
        LocalDate d = day;
        for (int counted = 0; counted < n; ) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                counted++;
            }
        }
        return d;
    }

    /** The same local time on the next working day after {@code at}'s day: "within one working day". */
    public Instant oneWorkingDayAfter(Instant at) {
        ZonedDateTime local = at.atZone(zone);
        return workingDaysAfter(local.toLocalDate(), 1).atTime(local.toLocalTime()).atZone(zone).toInstant();
    }

    /** Whether the bank holidays of {@code year} are known; outside, only weekends are skipped. */
    public boolean covers(int year) {
        return year >= firstYear && year <= lastYear;
    }
}
