package org.opendoor.notify.referral;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import org.opendoor.messaging.Inbox;
import org.opendoor.model.EventEnvelope;
import org.opendoor.model.EventType;
import org.opendoor.model.ReferralReceived;
import org.opendoor.notify.Messaging;
import org.opendoor.notify.delivery.NotificationQueue;
import org.opendoor.notify.plan.EventPlans;
import org.opendoor.notify.plan.NotificationPlanner;

/**
 * Keeps the least of a received referral that notifications need, acknowledges it to a professional referrer,
 * and plans the events that were waiting for it.
 */
@ApplicationScoped
public class ReferralReceivedHandler {
    private final AgroalDataSource dataSource;
    private final ReferralRecords records;
    private final WaitingEvents waiting;
    private final NotificationPlanner planner;
    private final NotificationQueue queue;
    private final EventPlans eventPlans;

    public ReferralReceivedHandler(AgroalDataSource dataSource, ReferralRecords records, WaitingEvents waiting,
            NotificationPlanner planner, NotificationQueue queue, EventPlans eventPlans) {
        this.dataSource = dataSource;
        this.records = records;
        this.waiting = waiting;
        this.planner = planner;
        this.queue = queue;
        this.eventPlans = eventPlans;
    }

    @Transactional
    public void handle(EventEnvelope event) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            if (!Inbox.firstDelivery(c, Messaging.CONSUMER, event.eventId())) {
                return;
            }
            ReferralReceived received = Payloads.of(event, EventType.REFERRAL_RECEIVED, ReferralReceived.class);
            Payloads.require(event, "referralId", received.referralId(), "reference", received.reference(),
                    "source", received.source(), "receivedAt", received.receivedAt());
            ReferralFacts facts = ReferralFacts.of(received);
            records.lock(c, facts.referralId());
            records.save(c, facts);
            String authority = records.authorityOf(c, facts.referralId()).orElse(null);
            queue.enqueueAll(c, planner.forReceived(event.eventId(), facts, authority));
            for (EventEnvelope earlier : waiting.take(c, facts.referralId())) {
                eventPlans.planWaiting(c, earlier, facts);
            }
        }
    }
}
