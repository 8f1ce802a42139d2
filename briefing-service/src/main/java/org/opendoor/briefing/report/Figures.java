package org.opendoor.briefing.report;

import java.text.NumberFormat;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the briefing writes numbers and months for people: "1,180", "21.5%", "June", "June 2020". */
final class Figures {
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM", Locale.UK);
    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    private Figures() {
    }

    static String count(double value) {
        return NumberFormat.getIntegerInstance(Locale.UK).format(Math.round(value));
    }

    static String percent(double value) {
        NumberFormat f = NumberFormat.getNumberInstance(Locale.UK);
        f.setMinimumFractionDigits(1);
        f.setMaximumFractionDigits(1);
        return f.format(value) + "%";
    }

    static String month(YearMonth month) {
        return month.format(MONTH);
    }

    static String monthAndYear(YearMonth month) {
        return month.format(MONTH_YEAR);
    }

    static double oneDecimal(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
