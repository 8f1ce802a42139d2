package org.opendoor.briefing.measures;

import java.time.YearMonth;
import java.util.stream.Stream;
import org.opendoor.calendar.WorkingCalendar;

/**
 * What a month's count is in proportion to, so that a 23-working-day month is not "higher than usual" for having
 * more working days than a 19-day one: the model's offset.
 */
public enum Exposure {
    /** Things that happen on working days (contacts to a front door, decisions). */
    WORKING_DAYS,
    /** Things that happen any day (police incidents, missing episodes). */
    CALENDAR_DAYS,
    /** A count of children at a point in the month (attending school): no offset. */
    NONE,
    /** A percentage: in proportion to its denominator. */
    DENOMINATOR;

    /** The month's exposure, for every kind but {@link #DENOMINATOR} (whose exposure is a figure). */
    public double of(YearMonth month, WorkingCalendar calendar) {
        return switch (this) {
            case WORKING_DAYS -> Stream.iterate(month.atDay(1), d -> !d.isAfter(month.atEndOfMonth()), d -> d.plusDays(1))
                    .filter(calendar::isWorkingDay).count();
            case CALENDAR_DAYS -> month.lengthOfMonth();
            case NONE -> 1;
            case DENOMINATOR -> throw new IllegalStateException("A percentage's exposure is its denominator");
        };
    }

}
