package org.opendoor.notify.received;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import org.opendoor.model.EventEnvelope;
import org.opendoor.model.ReferralReceived;
import org.opendoor.notify.notification.NotificationQueue;
import org.opendoor.notify.plan.EventPlans;
import org.opendoor.notify.plan.NotificationPlanner;
import org.opendoor.notify.referral.ReferralFacts;
import org.opendoor.notify.referral.ReferralRecords;
import org.opendoor.notify.referral.WaitingEvents;

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
        records.lock(facts.referralId());
        records.save(facts);
        String authority = records.authorityOf(facts.referralId()).orElse(null);
        queue.enqueueAll(planner.forReceived(event.eventId(), facts, authority));
        for (EventEnvelope earlier : waiting.take(c, facts.referralId())) {
            eventPlans.planWaiting(earlier, facts);
        }
    }
}
