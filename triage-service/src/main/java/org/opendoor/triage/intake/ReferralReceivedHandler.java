package org.opendoor.triage.intake;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import org.opendoor.messaging.Inbox;
import org.opendoor.messaging.Outbox;
import org.opendoor.messaging.PoisonEventException;
import org.opendoor.model.EventEnvelope;
import org.opendoor.model.EventType;
import org.opendoor.model.ReferralReceived;
import org.opendoor.triage.Messaging;
import org.opendoor.triage.cases.DutyCase;

/** Turns a received referral into a case in a duty queue and announces it, exactly once per event. */
@ApplicationScoped
public class ReferralReceivedHandler {
    private final AgroalDataSource dataSource;
    private final ReferralTriage triage;

    public ReferralReceivedHandler(AgroalDataSource dataSource, ReferralTriage triage) {
        this.dataSource = dataSource;
        this.triage = triage;
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
            if (referral.receivedAt() == null || referral.concern() == null || referral.referralId() == null
                    || referral.reference() == null || !referral.referralId().equals(event.referralId())) {
                throw new PoisonEventException("ReferralReceived " + event.eventId()
                        + " lacks referralId, reference, receivedAt or concern, or names another referral");
            }
            DutyCase dutyCase = triage.open(connection, referral);
            Outbox.append(connection, EventEnvelope.of(EventType.REFERRAL_TRIAGED, referral.referralId(),
                    event.correlationId(), dutyCase.triaged(), Instant.now()));
        }
    }
}
