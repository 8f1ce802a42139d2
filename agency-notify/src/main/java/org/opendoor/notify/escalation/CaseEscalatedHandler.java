package org.opendoor.notify.escalation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import org.opendoor.model.CaseEscalated;
import org.opendoor.model.EventEnvelope;
import org.opendoor.model.EventType;
import org.opendoor.notify.directory.Directory;
import org.opendoor.notify.event.EventInbox;
import org.opendoor.notify.event.Payloads;
import org.opendoor.notify.notification.NotificationQueue;
import org.opendoor.notify.plan.NotificationPlanner;
import org.opendoor.notify.referral.ReferralRecords;

/**
 * Tells the duty manager about a case that passed its decision deadline (a hub's, for a case no authority holds
 * yet), once per event.
 */
@ApplicationScoped
public class CaseEscalatedHandler {
    private final EventInbox inbox;
    private final ReferralRecords records;
    private final NotificationPlanner planner;
    private final NotificationQueue queue;
    private final Directory directory;

    public CaseEscalatedHandler(EventInbox inbox, ReferralRecords records, NotificationPlanner planner,
            NotificationQueue queue, Directory directory) {
        this.inbox = inbox;
        this.records = records;
        this.planner = planner;
        this.queue = queue;
        this.directory = directory;
    }

    @Transactional
    public void handle(EventEnvelope event) throws SQLException {
        if (!inbox.firstDelivery(event)) {
            return;
        }
        CaseEscalated escalated = Payloads.of(event, EventType.CASE_ESCALATED, CaseEscalated.class);
        Payloads.require(event, "referralId", escalated.referralId(), "reference", escalated.reference());
        // a case no authority holds yet escalates to its hub's duty manager
        String frontDoor = directory.partnerships().frontDoorOf(escalated.localAuthority(), escalated.team());
        records.lock(escalated.referralId());
        records.routedTo(escalated.referralId(), frontDoor);
        queue.enqueueAll(planner.forEscalated(event.eventId(), escalated, frontDoor));
    }
}
