package org.opendoor.frontend.briefing;

import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * A number as the briefing prints it: counts whole with thousands separators ("1,602"), percentages to one decimal
 * with "%" ("12.4%"), "[c]" where the published view suppressed a small number, "no figure" where there is none (a
 * month not sent yet) and "none yet" for an expected value with no baseline behind it.
 */
final class FigureText {
    static final String SUPPRESSED = "[c]";
    static final String NONE = "no figure";

    private FigureText() {
    }

    static String of(Double value, boolean percent) {
        if (value == null) {
            return NONE;
        }
        return percent ? decimal("#,##0.0").format(value) + "%" : decimal("#,##0").format(value);
    }

    /** This month's value of a measure: "[c]" when suppressed, whatever else the service sent. */
    static String value(Double value, boolean percent, boolean suppressed) {
        return suppressed ? SUPPRESSED : of(value, percent);
    }

    /** An expected value, or "none yet" while there are too few earlier years to expect anything from. */
    static String expected(Double value, boolean percent) {
        return value == null ? "none yet" : of(value, percent);
    }

    /** "1,391 to 1,829", or null when there is no usual range yet (templates say so in words). */
    static String range(Double low, Double high, boolean percent) {
        if (low == null || high == null) {
            return null;
        }
        return of(low, percent) + " to " + of(high, percent);
    }

    /** The DfE-style change against the three-year average: "+16.8%", "−26.1%" (a real minus sign), "0.0%". */
    static String change(Double percent) {
        if (percent == null) {
            return null;
        }
        String digits = decimal("#,##0.0").format(Math.abs(percent));
        if (digits.equals("0.0")) {
            return "0.0%";
        }
        return (percent > 0 ? "+" : "\u2212") + digits + "%";
    }

    // DecimalFormat is not thread-safe: one per use. Half up, as the service rounds the numbers in its statements.
    private static DecimalFormat decimal(String pattern) {
        DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.UK));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }
}
