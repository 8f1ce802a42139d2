package org.opendoor.launcher.history;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.opendoor.calendar.WorkingCalendar;

/**
 * Several years of monthly figures for the partnerships' authorities, from {@link HistoryModel}: every COUNT
 * measure of the briefing that can be submitted as history, per authority and month.
 */
public final class DemoHistory {
    /** The time zone of the briefing's months (every service's {@code opendoor.time.zone}). */
    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private final HistoryModel model;
    private final WorkingCalendar calendar;

    public DemoHistory(HistoryModel model, WorkingCalendar calendar) {
        this.model = model;
        this.calendar = calendar;
    }

    /** The shipped model on the shipped calendar. */
    public static DemoHistory shipped() {
        return new DemoHistory(HistoryModel.shipped(), WorkingCalendar.shipped(ZONE));
    }

    public HistoryModel model() {
        return model;
    }

    /** The month before this one in England: the last whose figures are complete. */
    public static YearMonth lastCompleteMonth(Clock clock) {
        return YearMonth.now(clock.withZone(ZONE)).minusMonths(1);
    }

    /** Each authority's figures for each month from {@code from} to {@code to}, month by month. */
    public List<HistoricFigure> figures(YearMonth from, YearMonth to, long seed) {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("The history cannot start (" + from + ") after it ends (" + to + ")");
        }
        List<HistoricFigure> figures = new ArrayList<>();
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            MonthShape shape = new MonthShape(model, calendar, month);
            for (Authority authority : model.authorities()) {
                figures.addAll(new AuthorityMonth(model, authority, month, shape,
                        new Draws(seed, authority.code(), month)).figures());
            }
        }
        return figures;
    }
}
