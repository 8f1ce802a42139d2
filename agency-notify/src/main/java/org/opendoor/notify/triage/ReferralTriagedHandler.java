package org.opendoor.notify.triage;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import org.opendoor.model.EventEnvelope;
import org.opendoor.model.ReferralTriaged;
import org.opendoor.notify.delivery.NotificationQueue;
import org.opendoor.notify.plan.EventPlans;
import org.opendoor.notify.referral.ReferralFacts;
import org.opendoor.notify.referral.ReferralRecords;
import org.opendoor.notify.referral.WaitingEvents;

/**
 * Decides who must be told about a triaged referral, once per event (and once per referral for each purpose and
 * recipient: a re-published triage sends only what changed). A case no authority holds yet goes to its hub's front
 * door. When the received referral has not arrived yet, what needs it waits for it.
 */
@ApplicationScoped
public class ReferralTriagedHandler {
    private final ReferralRecords records;
    private final WaitingEvents waiting;
    private final EventPlans eventPlans;
    private final NotificationQueue queue;

    public ReferralTriagedHandler(ReferralRecords records, WaitingEvents waiting,
            EventPlans eventPlans, NotificationQueue queue) {
        this.records = records;
        this.waiting = waiting;
        this.eventPlans = eventPlans;
        this.queue = queue;
    }

    public void handle(Connection c, EventEnvelope event, ReferralTriaged payload) throws SQLException {
        ReferralTriaged triaged = eventPlans.placed(payload);
        records.lock(c, triaged.referralId());
        records.routedTo(c, triaged.referralId(), triaged.localAuthority());
        queue.assignAuthority(c, triaged.referralId(), triaged.localAuthority());
        ReferralFacts referral = records.find(c, triaged.referralId()).orElse(null);
        // planned from the payload as sent, as a waiting event is planned later
        if (eventPlans.plan(c, event, payload, referral)) {
            waiting.park(c, event);
        }
    }
}
