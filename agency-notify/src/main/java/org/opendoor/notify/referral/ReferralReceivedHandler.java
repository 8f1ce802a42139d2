package org.opendoor.notify.referral;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import org.opendoor.model.EventEnvelope;
import org.opendoor.model.ReferralReceived;
import org.opendoor.notify.delivery.NotificationQueue;
import org.opendoor.notify.plan.EventPlans;
import org.opendoor.notify.plan.NotificationPlanner;

/**
 * Keeps the least of a received referral that notifications need, acknowledges it to a professional referrer,
 * and plans the events that were waiting for it.
 */
@ApplicationScoped
public class ReferralReceivedHandler {
    private final ReferralRecords records;
    private final WaitingEvents waiting;
    private final NotificationPlanner planner;
    private final NotificationQueue queue;
    private final EventPlans eventPlans;

    public ReferralReceivedHandler(ReferralRecords records, WaitingEvents waiting,
            NotificationPlanner planner, NotificationQueue queue, EventPlans eventPlans) {
        this.records = records;
        this.waiting = waiting;
        this.planner = planner;
        this.queue = queue;
        this.eventPlans = eventPlans;
    }

    public void handle(Connection c, EventEnvelope event, ReferralReceived received) throws SQLException {
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
