package org.opendoor.briefing.report;

import java.time.YearMonth;
import org.opendoor.briefing.measures.Measure;
import org.opendoor.briefing.measures.Unit;
import org.opendoor.briefing.usual.Assessment;
import org.opendoor.briefing.usual.ChangeDirection;
import org.opendoor.briefing.usual.Guard;
import org.opendoor.briefing.usual.Level;
import org.opendoor.briefing.usual.Trend;

/**
 * One measure's month read against what is usual, in the measure's own unit (a count, or a percentage of its
 * denominator): what {@link Statements} put into words.
 */
record Reading(Measure measure, YearMonth month, Assessment assessment, Double previousValue) {

    boolean percent() {
        return measure.unit() == Unit.PERCENT;
    }

    /** A count, or a count over the month's denominator as a percentage. */
    double inUnit(double count) {
        return percent() ? 100.0 * count / assessment.exposure() : count;
    }

    double value() {
        return inUnit(assessment.count());
    }

    String shown(double valueInUnit) {
        return percent() ? Figures.percent(valueInUnit) : Figures.count(valueInUnit);
    }

    Level level() {
        return assessment.level();
    }

    Trend trend() {
        return assessment.trend();
    }

    Guard guard() {
        return assessment.guard();
    }

    ChangeDirection change() {
        return assessment.change() == null ? ChangeDirection.SIMILAR : assessment.change().direction();
    }
}
