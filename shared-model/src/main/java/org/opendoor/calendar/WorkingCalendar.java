package org.opendoor.calendar;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import org.jboss.logging.Logger;
import org.opendoor.model.OpenDoorZone;
import org.opendoor.production.ProductionRequirement;

/**
 * Working days: Monday to Friday except England and Wales bank holidays ({@link BankHolidays}), as days in the one
 * time zone ({@code opendoor.time.zone}). Triage's decision deadlines and notify's notice deadlines count on it.
 * A service that uses it does not start in production unless its bank holidays cover the next
 * {@value #MONTHS_AHEAD} months.
 */
@Singleton
public final class WorkingCalendar implements ProductionRequirement {
    /** How far ahead the bank holidays must be known for a production start. */
    public static final int MONTHS_AHEAD = 12;
    private static final Logger LOG = Logger.getLogger(WorkingCalendar.class);

    private final Set<LocalDate> bankHolidays;
    private final int firstYear;
    private final int lastYear;
    private final ZoneId zone;
    private final String file;

    @Inject
    WorkingCalendar(CalendarConfig config, OpenDoorZone zone) {
        this(BankHolidays.load(config.bankHolidaysFile()), zone.zone(),
                config.bankHolidaysFile().map(Object::toString).orElse(BankHolidays.SHIPPED));
        int thisYear = Year.now(this.zone).getValue();
        for (int year = thisYear; year <= thisYear + 1; year++) {
            if (!covers(year)) {
                LOG.warnf("Bank holidays are not known for %d (%s covers %d to %d): working days then skip only "
                        + "weekends. Set opendoor.calendar.bank-holidays-file to a newer file.", year, file,
                        firstYear, lastYear);
            }
        }
    }

    public WorkingCalendar(BankHolidays holidays, ZoneId zone) {
        this(holidays, zone, BankHolidays.SHIPPED);
    }

    WorkingCalendar(BankHolidays holidays, ZoneId zone, String file) {
        this.file = file;
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

    /** The last day whose bank holidays are known. */
    public LocalDate knownUntil() {
        return LocalDate.of(lastYear, 12, 31);
    }

    /** Refused for production when the bank holidays run out within the next {@value #MONTHS_AHEAD} months. */
    @Override
    public List<String> productionProblems(Instant now) {
        LocalDate needed = now.atZone(zone).toLocalDate().plusMonths(MONTHS_AHEAD);
        if (!knownUntil().isBefore(needed)) {
            return List.of();
        }
        return List.of("Bank holidays (" + file + ") are known only until " + knownUntil() + ", less than the next "
                + MONTHS_AHEAD + " months (to " + needed + "): set opendoor.calendar.bank-holidays-file to a newer "
                + "file (GOV.UK's, in the same format).");
    }

    /** Whether the bank holidays of {@code year} are known; outside, only weekends are skipped. */
    public boolean covers(int year) {
        return year >= firstYear && year <= lastYear;
    }
}
