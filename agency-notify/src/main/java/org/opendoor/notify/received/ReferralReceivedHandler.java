package org.opendoor.notify.received;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import org.opendoor.model.EventEnvelope;
import org.opendoor.model.EventType;
import org.opendoor.model.ReferralReceived;
import org.opendoor.notify.event.EventInbox;
import org.opendoor.notify.event.Payloads;
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
    private final EventInbox inbox;
    private final ReferralRecords records;
    private final WaitingEvents waiting;
    private final NotificationPlanner planner;
    private final NotificationQueue queue;
    private final EventPlans eventPlans;

    public ReferralReceivedHandler(EventInbox inbox, ReferralRecords records, WaitingEvents waiting,
            NotificationPlanner planner, NotificationQueue queue, EventPlans eventPlans) {
        this.inbox = inbox;
        this.records = records;
        this.waiting = waiting;
        this.planner = planner;
        this.queue = queue;
        this.eventPlans = eventPlans;
    }

    @Transactional
    public void handle(EventEnvelope event) throws SQLException {
        if (!inbox.firstDelivery(event)) {
            return;
        }
        ReferralReceived received = Payloads.of(event, EventType.REFERRAL_RECEIVED, ReferralReceived.class);
        Payloads.require(event, "referralId", received.referralId(), "reference", received.reference(),
                "source", received.source(), "receivedAt", received.receivedAt());
        ReferralFacts facts = ReferralFacts.of(received);
        records.lock(facts.referralId());
        records.save(facts);
        String authority = records.authorityOf(facts.referralId()).orElse(null);
        queue.enqueueAll(planner.forReceived(event.eventId(), facts, authority));
        for (EventEnvelope earlier : waiting.take(facts.referralId())) {
            eventPlans.planWaiting(earlier, facts);
        }
    }
}
