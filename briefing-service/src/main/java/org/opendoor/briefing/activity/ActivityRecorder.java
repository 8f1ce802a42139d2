package org.opendoor.briefing.activity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import org.opendoor.briefing.BriefingConfig;
import org.opendoor.calendar.WorkingCalendar;
import org.opendoor.model.EventEnvelope;
import org.opendoor.model.NotificationSettled;
import org.opendoor.model.ReferralDecided;
import org.opendoor.model.ReferralReceived;
import org.opendoor.model.ReferralTriaged;
import org.opendoor.model.SourceCodeCorrected;

/**
 * Keeps OpenDoor's own record of contacts and notices from their events, in the consumer's transaction (its inbox
 * guard has already made each event count once). Nothing personal is kept: no names, no narrative.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ActivityRecorder {
    private final WorkingCalendar calendar;
    private final BriefingConfig config;

    ActivityRecorder(WorkingCalendar calendar, BriefingConfig config) {
        this.calendar = calendar;
        this.config = config;
    }

    public void received(Connection connection, EventEnvelope event, ReferralReceived received) {
        Contact contact = Contact.of(received.referralId());
        contact.received(received);
        contact.weighTimeliness(calendar, config.redWithin());
    }

    public void triaged(Connection connection, EventEnvelope event, ReferralTriaged triaged) {
        Contact contact = Contact.of(triaged.referralId());
        contact.triaged(triaged);
        contact.weighTimeliness(calendar, config.redWithin());
    }

    public void decided(Connection connection, EventEnvelope event, ReferralDecided decided) {
        Contact contact = Contact.of(decided.referralId());
        contact.decided(decided);
        contact.weighTimeliness(calendar, config.redWithin());
    }

    public void sourceCodeCorrected(Connection connection, EventEnvelope event, SourceCodeCorrected corrected) {
        Contact.of(corrected.referralId()).sourceCodeCorrected(corrected.sourceCode());
    }

    public void settled(Connection connection, EventEnvelope event, NotificationSettled settled) {
        Notice.record(settled);
    }
}
