package org.opendoor.triage.deadlines;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import org.opendoor.calendar.WorkingCalendar;
import org.opendoor.model.Priority;

/**
 * When a case must be decided: RED a fixed time after receipt; AMBER and GREEN at the cut-off (17:00 in
 * opendoor.time.zone) on a number of working days after the day of receipt, on the one working-day calendar.
 */
@ApplicationScoped
@Startup // data files are validated at start-up, not at the first referral
public class DecisionDue {
    private final DeadlinesConfig config;
    private final WorkingCalendar calendar;

    @Inject
    @SuppressWarnings("deprecation") // read only to refuse them
    public DecisionDue(DeadlinesConfig config, WorkingCalendar calendar) {
        movedToTheSharedCalendar("triage.deadlines.bank-holidays", config.bankHolidays().isPresent());
        movedToTheSharedCalendar("triage.deadlines.bank-holidays-file", config.bankHolidaysFile().isPresent());
        this.config = config;
        this.calendar = calendar;
    }

    public Instant dueAt(Priority priority, Instant receivedAt) {
        if (priority == Priority.RED) {
            return receivedAt.plus(config.redWithin());
        }
        int days = priority == Priority.AMBER ? config.amberWorkingDays() : config.greenWorkingDays();
        LocalDate received = receivedAt.atZone(calendar.zone()).toLocalDate();
        return calendar.workingDaysAfter(received, days).atTime(config.cutOff()).atZone(calendar.zone()).toInstant();
    }

    private static void movedToTheSharedCalendar(String key, boolean set) {
        if (set) {
            throw new IllegalStateException(key + " is no longer read: every service counts working days on the one "
                    + "calendar; point opendoor.calendar.bank-holidays-file at the operator's bank-holiday file "
                    + "(same format) instead");
        }
    }
}
