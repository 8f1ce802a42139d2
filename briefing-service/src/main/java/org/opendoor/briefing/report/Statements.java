package org.opendoor.briefing.report;

import java.time.YearMonth;
import org.opendoor.briefing.measures.Measure;
import org.opendoor.briefing.usual.ChangeDirection;
import org.opendoor.briefing.usual.Guard;
import org.opendoor.briefing.usual.Level;
import org.opendoor.briefing.usual.Trend;

/**
 * A measure's month in plain words, saying only what the numbers support and always showing them: this month,
 * expected, the usual range. "Higher / lower than we would usually see" only outside the usual range; "starting
 * to increase / decrease" only for a real trend over the last three months; "up / down on last month" only for a
 * change beyond chance; otherwise "within the usual range".
 */
final class Statements {
    private Statements() {
    }

    static String of(Reading r) {
        Measure m = r.measure();
        String subject = capitalised(m.phrase());
        String was = m.plural() ? "were" : "was";
        String in = Figures.month(r.month());
        String value = r.shown(r.value());
        if (r.guard() == Guard.NO_BASELINE) {
            return subject + " " + was + " " + value + " in " + in + ". There is not yet enough history (three "
                    + "years of " + in + "s) to say what is usual.";
        }
        if (r.guard() == Guard.TOO_FEW) {
            return subject + " " + was + " " + value + " in " + in + ": too few to say whether that is unusual.";
        }
        String numbers = "expected " + r.shown(r.inUnit(r.assessment().expected())) + ", usual range "
                + r.shown(r.inUnit(r.assessment().usualLow())) + " to " + r.shown(r.inUnit(r.assessment().usualHigh()));
        StringBuilder s = new StringBuilder(subject).append(' ').append(was).append(' ');
        if (r.level() == Level.USUAL) {
            s.append("within the usual range for ").append(in);
        } else {
            s.append(r.level() == Level.HIGHER ? "higher" : "lower").append(" than we would usually see in ").append(in);
        }
        s.append(": ").append(value).append(" (").append(numbers).append(").");
        appendMovement(s, r, m);
        Double dfe = r.assessment().dfeStylePercentChange();
        if (dfe != null) {
            s.append(" That is ").append(Figures.count(Math.abs(dfe))).append("% ")
                    .append(dfe >= 0 ? "above" : "below").append(" the average of the last three ").append(in)
                    .append("s.");
        }
        return s.toString();
    }

    static String noFigure(Measure m, YearMonth month) {
        return capitalised(m.title()) + ": no figure for " + Figures.monthAndYear(month) + " yet.";
    }

    static String suppressed(Measure m, YearMonth month, int below) {
        return capitalised(m.title()) + ": fewer than " + below + " in " + Figures.monthAndYear(month)
                + " (numbers this small are not published).";
    }

    /** The seed's "up this month" and "starting to increase", each only when it is more than chance. */
    private static void appendMovement(StringBuilder s, Reading r, Measure m) {
        boolean changed = r.change() != ChangeDirection.SIMILAR && r.previousValue() != null;
        boolean trending = r.trend() != Trend.STEADY;
        if (!changed && !trending) {
            return;
        }
        s.append(' ').append(m.plural() ? "They " : "It ");
        if (changed) {
            s.append(m.plural() ? "were " : "was ").append(words(r.change())).append(" on ")
                    .append(Figures.month(r.month().minusMonths(1))).append(" (").append(previous(r)).append(')');
        }
        if (changed && trending) {
            s.append(" and ");
        }
        if (trending) {
            s.append(m.plural() ? "are" : "is").append(" starting to ")
                    .append(r.trend() == Trend.RISING ? "increase" : "decrease").append(" over the last three months");
        }
        s.append('.');
    }

    private static String previous(Reading r) {
        return r.previousValue() == null ? "unknown" : r.shown(r.previousValue());
    }

    private static String words(ChangeDirection d) {
        return d == ChangeDirection.UP ? "up" : "down";
    }

    private static String capitalised(String phrase) {
        return Character.toUpperCase(phrase.charAt(0)) + phrase.substring(1);
    }
}
