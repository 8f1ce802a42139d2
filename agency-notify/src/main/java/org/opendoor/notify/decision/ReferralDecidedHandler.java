package org.opendoor.notify.decision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import org.opendoor.model.EventEnvelope;
import org.opendoor.model.EventType;
import org.opendoor.model.ReferralDecided;
import org.opendoor.notify.event.EventInbox;
import org.opendoor.notify.event.Payloads;
import org.opendoor.notify.plan.EventPlans;
import org.opendoor.notify.referral.ReferralFacts;
import org.opendoor.notify.referral.ReferralRecords;
import org.opendoor.notify.referral.WaitingEvents;

/** Feeds the duty decision back to the referrer, once per event; waits for the referral if it is not here yet. */
@ApplicationScoped
public class ReferralDecidedHandler {
    private final EventInbox inbox;
    private final ReferralRecords records;
    private final WaitingEvents waiting;
    private final EventPlans eventPlans;

    public ReferralDecidedHandler(EventInbox inbox, ReferralRecords records, WaitingEvents waiting,
            EventPlans eventPlans) {
        this.inbox = inbox;
        this.records = records;
        this.waiting = waiting;
        this.eventPlans = eventPlans;
    }

    @Transactional
    public void handle(EventEnvelope event) throws SQLException {
        if (!inbox.firstDelivery(event)) {
            return;
        }
        ReferralDecided decided = Payloads.of(event, EventType.REFERRAL_DECIDED, ReferralDecided.class);
        Payloads.require(event, "referralId", decided.referralId(), "reference", decided.reference());
        records.lock(decided.referralId());
        if (decided.localAuthority() != null) {
            records.routedTo(decided.referralId(), decided.localAuthority());
        }
        ReferralFacts referral = records.find(decided.referralId()).orElse(null);
        if (eventPlans.plan(event, decided, referral)) {
            waiting.park(event);
        }
    }
}
