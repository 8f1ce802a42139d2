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
import org.opendoor.notify.directory.Directory;
import org.opendoor.notify.referral.ReferralFacts;

/** Plans the notifications of a triaged or decided event, now that the referral it needs is known (or not). */
@ApplicationScoped
public class EventPlans {
    private final NotificationPlanner planner;
    private final NotificationQueue queue;
    private final Directory directory;

    public EventPlans(NotificationPlanner planner, NotificationQueue queue, Directory directory) {
        this.planner = planner;
        this.queue = queue;
        this.directory = directory;
    }

    /**
     * The triaged case with the directory key of its front door as its authority: a case no authority holds yet (in
     * a partnership hub's queue, or out of area) is the hub's, or the partnerships' front-door operations', so its
     * notices are planned like any other and never lost.
     */
    public ReferralTriaged placed(ReferralTriaged t) {
        if (t.localAuthority() != null) {
            return t;
        }
        return new ReferralTriaged(t.referralId(), t.caseId(), t.reference(),
                directory.partnerships().frontDoorOf(null, t.team()), t.team(), t.level(), t.priority(),
                t.recommendedPathway(), t.flags(), t.rulesetVersion(), t.decisionDueAt(), t.status(),
                t.priorReferrals12Months());
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
                    placed((ReferralTriaged) payload), referral);
            case REFERRAL_DECIDED -> referral == null ? List.of()
                    : planner.forDecided(event.eventId(), (ReferralDecided) payload, referral);
            default -> List.of();
        };
        queue.enqueueAll(c, plans);
        return referral == null;
    }
}
