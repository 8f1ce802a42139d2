package org.opendoor.triage.deadlines;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.TreeSet;
import org.opendoor.model.Json;

/** Working days: Monday to Friday except England and Wales bank holidays, from a replaceable data file. */
public final class WorkingCalendar {
    private final Set<LocalDate> bankHolidays;
    private final int firstYear;
    private final int lastYear;

    public WorkingCalendar(String file, String content) {
        JsonNode root;
        try {
            root = Json.mapper().readTree(content);
        } catch (Exception e) {
            throw new IllegalStateException("Bank holidays " + file + " is not valid JSON: " + e.getMessage());
        }
        TreeSet<LocalDate> dates = new TreeSet<>();
        for (JsonNode d : root.path("dates")) {
            try {
                dates.add(LocalDate.parse(d.asText()));
            } catch (DateTimeParseException e) {
                throw new IllegalStateException("Bank holidays " + file + ": '" + d.asText() + "' is not a date");
            }
        }
        TreeSet<Integer> years = new TreeSet<>();
        root.path("coversYears").forEach(y -> years.add(y.asInt()));
        if (dates.isEmpty() || years.isEmpty()) {
            throw new IllegalStateException("Bank holidays " + file + " needs dates and coversYears");
        }
        for (LocalDate date : dates) {
            if (!years.contains(date.getYear())) {
                throw new IllegalStateException("Bank holidays " + file + ": " + date + " is outside coversYears "
                        + years);
            }
        }
        this.bankHolidays = Set.copyOf(dates);
        this.firstYear = years.first();
        this.lastYear = years.last();
    }

    public boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !bankHolidays.contains(day);
    }

    /** The Nth working day after {@code day} (N ≥ 1); {@code day} itself never counts. */
    public LocalDate workingDaysAfter(LocalDate day, int n) {
        LocalDate d = day;
        for (int counted = 0; counted < n; ) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                counted++;
            }
        }
        return d;
    }

    public boolean covers(int year) {
        return year >= firstYear && year <= lastYear;
    }
}
