package org.opendoor.notify.decision;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import org.opendoor.messaging.Inbox;
import org.opendoor.model.EventEnvelope;
import org.opendoor.model.EventType;
import org.opendoor.model.ReferralDecided;
import org.opendoor.notify.Messaging;
import org.opendoor.notify.plan.EventPlans;
import org.opendoor.notify.referral.Payloads;
import org.opendoor.notify.referral.ReferralFacts;
import org.opendoor.notify.referral.ReferralRecords;
import org.opendoor.notify.referral.WaitingEvents;

/** Feeds the duty decision back to the referrer, once per event; waits for the referral if it is not here yet. */
@ApplicationScoped
public class ReferralDecidedHandler {
    private final AgroalDataSource dataSource;
    private final ReferralRecords records;
    private final WaitingEvents waiting;
    private final EventPlans eventPlans;

    public ReferralDecidedHandler(AgroalDataSource dataSource, ReferralRecords records, WaitingEvents waiting,
            EventPlans eventPlans) {
        this.dataSource = dataSource;
        this.records = records;
        this.waiting = waiting;
        this.eventPlans = eventPlans;
    }

    @Transactional
    public void handle(EventEnvelope event) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            if (!Inbox.firstDelivery(c, Messaging.CONSUMER, event.eventId())) {
                return;
            }
            ReferralDecided decided = Payloads.of(event, EventType.REFERRAL_DECIDED, ReferralDecided.class);
            Payloads.require(event, "referralId", decided.referralId(), "reference", decided.reference());
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
}
