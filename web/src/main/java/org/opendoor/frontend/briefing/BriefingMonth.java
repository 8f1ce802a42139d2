package org.opendoor.frontend.briefing;

import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.opendoor.frontend.form.DateAnswer;

/**
 * The month a briefing is about: {@code yyyy-MM} in addresses, "June 2020" in words. A month after the current one
 * has no figures, so it is refused here rather than asked of the service.
 */
public final class BriefingMonth {
    private static final Pattern ADDRESS = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,4}");
    private static final DateTimeFormatter WORDS = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);

    private BriefingMonth() {
    }

    /** The month an address names ({@code 2020-06}), or what is wrong with it. */
    public static Typed fromAddress(String value, Clock clock) {
        if (value == null || !ADDRESS.matcher(value).matches()) {
            return Typed.wrong(DateAnswer.Part.ALL, "Enter the month and year of the briefing");
        }
        return typed(value.substring(5), value.substring(0, 4), clock);
    }

    /**
     * The month and year a person typed into the form, or the GOV.UK message that says what is wrong with them and
     * which input to mark (the month, the year, or both). Either the month or the problem is present.
     */
    public record Typed(YearMonth month, String problem, DateAnswer.Part part) {
        public Optional<YearMonth> valid() {
            return Optional.ofNullable(month);
        }

        static Typed wrong(DateAnswer.Part part, String problem) {
            return new Typed(null, problem, part);
        }
    }

    public static Typed typed(String month, String year, Clock clock) {
        String m = month == null ? "" : month.strip();
        String y = year == null ? "" : year.strip();
        if (m.isEmpty() && y.isEmpty()) {
            return Typed.wrong(DateAnswer.Part.ALL, "Enter the month and year of the briefing");
        }
        if (m.isEmpty()) {
            return Typed.wrong(DateAnswer.Part.MONTH, "The briefing month must include a month");
        }
        if (y.isEmpty()) {
            return Typed.wrong(DateAnswer.Part.YEAR, "The briefing month must include a year");
        }
        if (!NUMBER.matcher(m).matches() || Integer.parseInt(m) < 1 || Integer.parseInt(m) > 12) {
            return Typed.wrong(DateAnswer.Part.MONTH, "Month must be a number from 1 to 12");
        }
        if (!y.matches("\\d{4}")) {
            return Typed.wrong(DateAnswer.Part.YEAR, "Year must include 4 numbers");
        }
        YearMonth typed = YearMonth.of(Integer.parseInt(y), Integer.parseInt(m));
        if (typed.isAfter(YearMonth.now(clock))) {
            return Typed.wrong(DateAnswer.Part.ALL, "The briefing month must be this month or in the past");
        }
        return new Typed(typed, null, null);
    }

    /** The last month that is over, in OpenDoor's time zone (the clock's): the briefing people usually want. */
    public static YearMonth lastComplete(Clock clock) {
        return YearMonth.now(clock).minusMonths(1);
    }

    /** "June 2020". */
    public static String words(YearMonth month) {
        return WORDS.format(month);
    }

    /** "Jun 2020", for a chart's axis. */
    static String shortWords(YearMonth month) {
        return SHORT.format(month);
    }
}
