package org.opendoor.triage.deadlines;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import org.jboss.logging.Logger;
import org.opendoor.model.OpenDoorZone;
import org.opendoor.model.Priority;
import org.opendoor.data.DataFile;

/**
 * When a case must be decided: RED a fixed time after receipt; AMBER and GREEN at the cut-off (17:00 in opendoor.time.zone)
 * on a number of working days after the day of receipt.
 */
@ApplicationScoped
@Startup // data files are validated at start-up, not at the first referral
public class DecisionDue {
    private static final Logger LOG = Logger.getLogger(DecisionDue.class);

    private final DeadlinesConfig config;
    private final WorkingCalendar calendar;
    private final ZoneId zone;

    @Inject
    public DecisionDue(DeadlinesConfig config, OpenDoorZone zone) {
        this(config, zone.zone(), config.bankHolidaysFile()
                .map(p -> new WorkingCalendar(p.toString(), DataFile.onDisk(p)))
                .orElseGet(() -> new WorkingCalendar(config.bankHolidays(), DataFile.shipped(config.bankHolidays()))));
        int nextYear = Year.now(zone.zone()).getValue() + 1;
        if (!calendar.covers(nextYear)) {
            LOG.warnf("Bank holidays are not known for %d: working-day deadlines will count only weekends. "
                    + "Replace the bank-holiday file.", nextYear);
        }
    }

    public DecisionDue(DeadlinesConfig config, ZoneId zone, WorkingCalendar calendar) {
        this.config = config;
        this.zone = zone;
        this.calendar = calendar;
    }

    public Instant dueAt(Priority priority, Instant receivedAt) {
        if (priority == Priority.RED) {
            return receivedAt.plus(config.redWithin());
        }
        int days = priority == Priority.AMBER ? config.amberWorkingDays() : config.greenWorkingDays();
        LocalDate received = receivedAt.atZone(zone).toLocalDate();
        return calendar.workingDaysAfter(received, days).atTime(config.cutOff()).atZone(zone).toInstant();
    }
}
