package org.opendoor.notify.escalation;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import org.opendoor.model.CaseEscalated;
import org.opendoor.model.EventEnvelope;
import org.opendoor.notify.delivery.NotificationQueue;
import org.opendoor.notify.directory.Directory;
import org.opendoor.notify.plan.NotificationPlanner;
import org.opendoor.notify.referral.ReferralRecords;

/**
 * Tells the duty manager about a case that passed its decision deadline (a hub's, for a case no authority holds
 * yet), once per event.
 */
@ApplicationScoped
public class CaseEscalatedHandler {
    private final ReferralRecords records;
    private final NotificationPlanner planner;
    private final NotificationQueue queue;
    private final Directory directory;

    public CaseEscalatedHandler(ReferralRecords records, NotificationPlanner planner,
            NotificationQueue queue, Directory directory) {
        this.records = records;
        this.planner = planner;
        this.queue = queue;
        this.directory = directory;
    }

    public void handle(Connection c, EventEnvelope event, CaseEscalated escalated) throws SQLException {
        // a case no authority holds yet escalates to its hub's duty manager
        String frontDoor = directory.partnerships().frontDoorOf(escalated.localAuthority(), escalated.team());
        records.lock(c, escalated.referralId());
        records.routedTo(c, escalated.referralId(), frontDoor);
        queue.enqueueAll(c, planner.forEscalated(event.eventId(), escalated, frontDoor));
    }
}
