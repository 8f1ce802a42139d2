package org.opendoor.calendar;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.opendoor.data.Required;
import org.opendoor.model.JsonDataFile;

/**
 * England and Wales bank holidays as a data file gives them (GOV.UK), shipped as {@value #SHIPPED} and replaceable
 * by an operator's file in the same format. {@code coversYears} are the consecutive years whose holidays the file
 * lists in full: every date must fall in one of them, and each of them must have its holidays listed.
 *
 * @param source where the dates come from (for the reader of the file)
 * @param region the calendar's region, {@code england-and-wales}
 */
public record BankHolidays(String source, String region, List<Integer> coversYears, List<LocalDate> dates) {
    public static final String SHIPPED = "calendar/bank-holidays-england-and-wales.json";

    public BankHolidays {
        coversYears = List.copyOf(Required.nonEmpty(coversYears, "coversYears"));
        dates = List.copyOf(Required.nonEmpty(dates, "dates"));
        for (int i = 1; i < coversYears.size(); i++) {
            if (coversYears.get(i) != coversYears.get(i - 1) + 1) {
                throw new IllegalArgumentException("coversYears must be consecutive years in order, not "
                        + coversYears);
            }
        }
        Set<LocalDate> seen = new HashSet<>();
        for (int i = 0; i < dates.size(); i++) {
            LocalDate date = dates.get(i);
            if (!coversYears.contains(date.getYear())) {
                throw new IllegalArgumentException("dates[" + i + "] " + date + " is outside coversYears "
                        + coversYears);
            }
            if (!seen.add(date)) {
                throw new IllegalArgumentException("dates[" + i + "] " + date + " is listed twice");
            }
        }
        for (int year : coversYears) {
            if (dates.stream().noneMatch(d -> d.getYear() == year)) {
                throw new IllegalArgumentException("coversYears has " + year + " but dates lists no holiday in it");
            }
        }
    }

    /** The shipped file. */
    public static BankHolidays shipped() {
        return JsonDataFile.shipped(SHIPPED, BankHolidays.class);
    }

    /** The operator's file when one is configured, else the shipped one. */
    public static BankHolidays load(Optional<Path> operatorsFile) {
        return JsonDataFile.replaceable(SHIPPED, operatorsFile, BankHolidays.class);
    }

    public int firstYear() {
        return coversYears.get(0);
    }

    public int lastYear() {
        return coversYears.get(coversYears.size() - 1);
    }
}
