package org.opendoor.notify.plan;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.opendoor.model.EventEnvelope;
import org.opendoor.model.ReferralDecided;
import org.opendoor.model.ReferralTriaged;
import org.opendoor.notify.delivery.NotificationQueue;
import org.opendoor.notify.delivery.PlannedNotification;
import org.opendoor.notify.referral.ReferralFacts;

/** Plans the notifications of a triaged or decided event, now that the referral it needs is known (or not). */
@ApplicationScoped
public class EventPlans {
    private final NotificationPlanner planner;
    private final NotificationQueue queue;

    public EventPlans(NotificationPlanner planner, NotificationQueue queue) {
        this.planner = planner;
        this.queue = queue;
    }

    /** Plans an event that waited for its referral; its payload was checked when it arrived. */
    public void planWaiting(Connection c, EventEnvelope event, ReferralFacts referral) throws SQLException {
        plan(c, event, event.payloadAs(event.type().payloadType()), referral);
    }

    /**
     * Stores what can be planned from the event's payload, as its handler read it; answers whether the event still
     * needs the received referral.
     */
    public boolean plan(Connection c, EventEnvelope event, Object payload, ReferralFacts referral)
            throws SQLException {
        List<PlannedNotification> plans = switch (event.type()) {
            case REFERRAL_TRIAGED -> planner.forTriaged(event.eventId(), event.occurredAt(),
                    (ReferralTriaged) payload, referral);
            case REFERRAL_DECIDED -> referral == null ? List.of()
                    : planner.forDecided(event.eventId(), (ReferralDecided) payload, referral);
            default -> List.of();
        };
        queue.enqueueAll(c, plans);
        return referral == null;
    }
}
