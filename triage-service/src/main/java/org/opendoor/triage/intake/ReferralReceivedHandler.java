package org.opendoor.triage.intake;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import org.opendoor.messaging.Outbox;
import org.opendoor.model.EventEnvelope;
import org.opendoor.model.EventType;
import org.opendoor.model.ReferralReceived;
import org.opendoor.triage.cases.DutyCase;

/** Turns a received referral into a case in a duty queue and announces it, exactly once per event. */
@ApplicationScoped
public class ReferralReceivedHandler {
    private final ReferralTriage triage;

    public ReferralReceivedHandler(ReferralTriage triage) {
        this.triage = triage;
    }

    public void handle(Connection connection, EventEnvelope event, ReferralReceived referral) throws SQLException {
        DutyCase dutyCase = triage.open(connection, referral);
        Outbox.append(connection, EventEnvelope.of(EventType.REFERRAL_TRIAGED, referral.referralId(),
                event.correlationId(), dutyCase.triaged(), Instant.now()));
    }
}
