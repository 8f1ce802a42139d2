package org.opendoor.triage.intake;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.opendoor.messaging.Inbox;
import org.opendoor.messaging.Outbox;
import org.opendoor.messaging.PoisonEventException;
import org.opendoor.model.CaseStatus;
import org.opendoor.model.EventEnvelope;
import org.opendoor.model.EventType;
import org.opendoor.model.Json;
import org.opendoor.model.Pathway;
import org.opendoor.model.Priority;
import org.opendoor.model.ReferralReceived;
import org.opendoor.model.ReferralTriaged;
import org.opendoor.triage.Messaging;
import org.opendoor.triage.cases.DutyCase;

/** Turns a received referral into a case in a duty queue and announces it, exactly once per event. */
@ApplicationScoped
public class ReferralReceivedHandler {
    private final AgroalDataSource dataSource;

    public ReferralReceivedHandler(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Transactional
    public void handle(EventEnvelope event) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            if (!Inbox.firstDelivery(connection, Messaging.CONSUMER, event.eventId())) {
                return;
            }
            if (event.type() != EventType.REFERRAL_RECEIVED) {
                throw new PoisonEventException("Expected ReferralReceived, got " + event.eventType());
            }
            ReferralReceived referral;
            try {
                referral = event.payloadAs(ReferralReceived.class);
            } catch (IllegalArgumentException e) {
                throw new PoisonEventException(e.getMessage(), e);
            }
            DutyCase dutyCase = placeholderTriage(referral);
            dutyCase.persist();
            ReferralTriaged triaged = new ReferralTriaged(referral.referralId(), dutyCase.id, dutyCase.reference,
                    dutyCase.localAuthority, dutyCase.team, dutyCase.level, dutyCase.priority,
                    dutyCase.recommendedPathway, Set.of(), dutyCase.rulesetVersion, dutyCase.decisionDueAt,
                    dutyCase.status, 0);
            Outbox.append(connection, EventEnvelope.of(EventType.REFERRAL_TRIAGED, referral.referralId(),
                    event.correlationId(), triaged, Instant.now()));
        }
    }

    /** Walking-skeleton assignment: immediate danger is RED, everything else GREEN, all to one duty team. */
    private static DutyCase placeholderTriage(ReferralReceived referral) {
        boolean danger = referral.concern().immediateDanger();
        DutyCase c = new DutyCase();
        c.id = UUID.randomUUID();
        c.referralId = referral.referralId();
        c.reference = referral.reference();
        c.localAuthority = "E10000018";
        c.team = "leicestershire-first-response";
        c.level = danger ? 4 : 1;
        c.priority = danger ? Priority.RED : Priority.GREEN;
        c.recommendedPathway = danger ? Pathway.IMMEDIATE_PROTECTION : Pathway.ADVICE_SIGNPOST;
        c.rulesetVersion = "skeleton-0";
        c.receivedAt = referral.receivedAt();
        c.decisionDueAt = referral.receivedAt().plus(danger ? Duration.ofHours(4) : Duration.ofDays(1));
        c.status = CaseStatus.AWAITING_DECISION;
        c.referral = Json.write(referral);
        return c;
    }
}
