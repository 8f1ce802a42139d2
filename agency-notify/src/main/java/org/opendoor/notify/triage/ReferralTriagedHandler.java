package org.opendoor.notify.triage;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import org.opendoor.messaging.Inbox;
import org.opendoor.model.EventEnvelope;
import org.opendoor.model.CaseStatus;
import org.opendoor.model.EventType;
import org.opendoor.model.ReferralTriaged;
import org.opendoor.notify.Messaging;
import org.opendoor.notify.directory.RecipientRules;
import org.opendoor.notify.delivery.NotificationQueue;
import org.opendoor.notify.plan.EventPlans;
import org.opendoor.notify.referral.Payloads;
import org.opendoor.notify.referral.ReferralFacts;
import org.opendoor.notify.referral.ReferralRecords;
import org.opendoor.notify.referral.WaitingEvents;

/**
 * Decides who must be told about a triaged referral, once per event. When the received referral has not arrived
 * yet, what needs it waits for it.
 */
@ApplicationScoped
public class ReferralTriagedHandler {
    private final AgroalDataSource dataSource;
    private final ReferralRecords records;
    private final WaitingEvents waiting;
    private final EventPlans eventPlans;
    private final NotificationQueue queue;

    public ReferralTriagedHandler(AgroalDataSource dataSource, ReferralRecords records, WaitingEvents waiting,
            EventPlans eventPlans, NotificationQueue queue) {
        this.dataSource = dataSource;
        this.records = records;
        this.waiting = waiting;
        this.eventPlans = eventPlans;
        this.queue = queue;
    }

    @Transactional
    public void handle(EventEnvelope event) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            if (!Inbox.firstDelivery(c, Messaging.CONSUMER, event.eventId())) {
                return;
            }
            ReferralTriaged payload = Payloads.of(event, EventType.REFERRAL_TRIAGED, ReferralTriaged.class);
            ReferralTriaged triaged = outOfAreaToPartnership(payload);
            Payloads.require(event, "referralId", triaged.referralId(), "reference", triaged.reference(),
                    "localAuthority", triaged.localAuthority(), "priority", triaged.priority(),
                    "recommendedPathway", triaged.recommendedPathway());
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

    /**
     * A case triage could not place in any authority waits in the out-of-area queue with no authority of its own;
     * the partnership's front-door operations stand in for it, so its alerts are never lost or dead-lettered.
     */
    private static ReferralTriaged outOfAreaToPartnership(ReferralTriaged t) {
        if (t.localAuthority() != null || t.status() != CaseStatus.TRANSFERRED_OUT_OF_AREA) {
            return t;
        }
        return new ReferralTriaged(t.referralId(), t.caseId(), t.reference(), RecipientRules.PARTNERSHIP, t.team(),
                t.level(), t.priority(), t.recommendedPathway(), t.flags(), t.rulesetVersion(), t.decisionDueAt(),
                t.status(), t.priorReferrals12Months());
    }
}
