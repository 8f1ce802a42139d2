package org.opendoor.notify.escalation;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import org.opendoor.messaging.Inbox;
import org.opendoor.model.CaseEscalated;
import org.opendoor.model.EventEnvelope;
import org.opendoor.model.EventType;
import org.opendoor.notify.Messaging;
import org.opendoor.notify.delivery.NotificationQueue;
import org.opendoor.notify.directory.Directory;
import org.opendoor.notify.plan.NotificationPlanner;
import org.opendoor.notify.referral.Payloads;
import org.opendoor.notify.referral.ReferralRecords;

/**
 * Tells the duty manager about a case that passed its decision deadline (a hub's, for a case no authority holds
 * yet), once per event.
 */
@ApplicationScoped
public class CaseEscalatedHandler {
    private final AgroalDataSource dataSource;
    private final ReferralRecords records;
    private final NotificationPlanner planner;
    private final NotificationQueue queue;
    private final Directory directory;

    public CaseEscalatedHandler(AgroalDataSource dataSource, ReferralRecords records, NotificationPlanner planner,
            NotificationQueue queue, Directory directory) {
        this.dataSource = dataSource;
        this.records = records;
        this.planner = planner;
        this.queue = queue;
        this.directory = directory;
    }

    @Transactional
    public void handle(EventEnvelope event) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            if (!Inbox.firstDelivery(c, Messaging.CONSUMER, event.eventId())) {
                return;
            }
            CaseEscalated escalated = Payloads.of(event, EventType.CASE_ESCALATED, CaseEscalated.class);
            Payloads.require(event, "referralId", escalated.referralId(), "reference", escalated.reference());
            // a case no authority holds yet escalates to its hub's duty manager
            String frontDoor = directory.partnerships().frontDoorOf(escalated.localAuthority(), escalated.team());
            records.lock(c, escalated.referralId());
            records.routedTo(c, escalated.referralId(), frontDoor);
            queue.enqueueAll(c, planner.forEscalated(event.eventId(), escalated, frontDoor));
        }
    }
}
