package org.opendoor.launcher.history;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import org.opendoor.calendar.WorkingCalendar;

/** What the model expects of one month, before chance: its season, the pandemic's effect, growth and length. */
final class MonthShape {
    private final HistoryModel model;
    private final WorkingCalendar calendar;
    private final YearMonth month;

    MonthShape(HistoryModel model, WorkingCalendar calendar, YearMonth month) {
        this.model = model;
        this.calendar = calendar;
        this.month = month;
    }

    /** The named seasonal factor of this calendar month. */
    double seasonal(String name) {
        return model.seasonal().get(name).get(month.getMonthValue() - 1);
    }

    /** The named lockdown factor of this month: 1 outside the months the file gives. */
    double lockdown(String name) {
        return model.lockdown().get(name).getOrDefault(month.toString(), 1.0);
    }

    /** Volumes grow steadily from the middle of the base year. */
    double growth() {
        double years = ChronoUnit.MONTHS.between(YearMonth.of(model.baseYear(), 7), month) / 12.0;
        return Math.pow(1 + model.growthPerYear(), years);
    }

    /**
     * This month's length against the average month of its year: counts made on working days follow the working
     * days (as the briefing weighs them), police and missing-person counts every day, a school census neither.
     */
    double exposure(Exposure exposure) {
        return switch (exposure) {
            case WORKING_DAYS -> workingDays(calendar, month) / (workingDaysOf(month.getYear()) / 12.0);
            case CALENDAR_DAYS -> month.lengthOfMonth() / (month.atEndOfMonth().lengthOfYear() / 12.0);
            case NONE -> 1.0;
        };
    }

    private int workingDaysOf(int year) {
        int days = 0;
        for (int m = 1; m <= 12; m++) {
            days += workingDays(calendar, YearMonth.of(year, m));
        }
        return days;
    }

    static int workingDays(WorkingCalendar calendar, YearMonth m) {
        int days = 0;
        for (int d = 1; d <= m.lengthOfMonth(); d++) {
            if (calendar.isWorkingDay(m.atDay(d))) {
                days++;
            }
        }
        return days;
    }
}
