package org.opendoor.notify.decision;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import org.opendoor.model.EventEnvelope;
import org.opendoor.model.ReferralDecided;
import org.opendoor.notify.plan.EventPlans;
import org.opendoor.notify.referral.ReferralFacts;
import org.opendoor.notify.referral.ReferralRecords;
import org.opendoor.notify.referral.WaitingEvents;

/** Feeds the duty decision back to the referrer, once per event; waits for the referral if it is not here yet. */
@ApplicationScoped
public class ReferralDecidedHandler {
    private final ReferralRecords records;
    private final WaitingEvents waiting;
    private final EventPlans eventPlans;

    public ReferralDecidedHandler(ReferralRecords records, WaitingEvents waiting,
            EventPlans eventPlans) {
        this.records = records;
        this.waiting = waiting;
        this.eventPlans = eventPlans;
    }

    public void handle(Connection c, EventEnvelope event, ReferralDecided decided) throws SQLException {
        records.lock(c, decided.referralId());
        if (decided.localAuthority() != null) {
            records.routedTo(c, decided.referralId(), decided.localAuthority());
        }
        ReferralFacts referral = records.find(c, decided.referralId()).orElse(null);
        if (eventPlans.plan(c, event, decided, referral)) {
            waiting.park(c, event);
        }
    }
}
