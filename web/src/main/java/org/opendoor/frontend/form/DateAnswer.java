package org.opendoor.frontend.form;

import io.quarkus.qute.TemplateData;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * A date as typed into a GOV.UK date input: day, month and year as the person wrote them, kept as text so a
 * wrong answer is shown back exactly as typed.
 */
@TemplateData
public record DateAnswer(String day, String month, String year) {
    public DateAnswer {
        day = Text.trimmed(day);
        month = Text.trimmed(month);
        year = Text.trimmed(year);
    }

    public static DateAnswer of(LocalDate date) {
        return date == null ? empty()
                : new DateAnswer(Integer.toString(date.getDayOfMonth()), Integer.toString(date.getMonthValue()),
                        Integer.toString(date.getYear()));
    }

    public static DateAnswer empty() {
        return new DateAnswer("", "", "");
    }

    public boolean blank() {
        return day.isEmpty() && month.isEmpty() && year.isEmpty();
    }

    /** Which part the message is about, so only that input is marked: day, month, year, or all of them. */
    public enum Part { DAY, MONTH, YEAR, ALL }

    /** The outcome of reading the answer: a date, or the GOV.UK message and the part to mark. */
    public record Reading(LocalDate date, String message, Part part) {
        public boolean valid() {
            return date != null;
        }
    }

    /**
     * Reads the answer; {@code subject} starts each message ("The date of birth must be a real date").
     * Does not accept a blank answer: callers decide whether blank is allowed.
     */
    public Reading read(String subject) {
        String missing = day.isEmpty() ? "day" : month.isEmpty() ? "month" : year.isEmpty() ? "year" : null;
        if (missing != null) {
            return new Reading(null, subject + " must include a " + missing, Part.valueOf(missing.toUpperCase()));
        }
        Integer d = number(day);
        Integer m = number(month);
        Integer y = number(year);
        if (d == null || m == null || y == null || year.length() != 4) {
            return new Reading(null, subject + " must be a real date", Part.ALL);
        }
        try {
            return new Reading(LocalDate.of(y, m, d), null, null);
        } catch (DateTimeException notADate) {
            return new Reading(null, subject + " must be a real date", Part.ALL);
        }
    }

    private static Integer number(String text) {
        return text.matches("\\d{1,4}") ? Integer.valueOf(text) : null;
    }
}
