package org.opendoor.intake.referral;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneId;
import java.util.UUID;
import org.opendoor.messaging.Outbox;
import org.opendoor.model.EventEnvelope;
import org.opendoor.model.EventType;
import org.opendoor.model.Json;
import org.opendoor.model.ReferralReceived;
import org.opendoor.web.Caller;

/** Accepts a referral: stores it and its ReferralReceived event in one transaction. */
@ApplicationScoped
public class ReferralIntake {
    public static final String RECEIVED = "RECEIVED";
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final AgroalDataSource dataSource;
    private final ReferenceNumbers references;
    private final Clock clock;

    public ReferralIntake(AgroalDataSource dataSource, ReferenceNumbers references) {
        this.dataSource = dataSource;
        this.references = references;
        this.clock = Clock.systemUTC();
    }

    @Transactional
    public ReferralAccepted accept(ReferralSubmission submission, Caller caller) throws SQLException {
        Instant now = clock.instant();
        UUID id = UUID.randomUUID();
        String reference = references.next(Year.now(clock.withZone(LONDON)));
        ReferralReceived received = ReferralPayloads.received(id, reference, now, submission, caller.org());

        Referral referral = new Referral();
        referral.id = id;
        referral.reference = reference;
        referral.source = received.source();
        referral.sourceCode = received.sourceCode();
        referral.submittingOrg = caller.org();
        referral.receivedAt = now;
        referral.status = RECEIVED;
        referral.body = Json.write(received);
        referral.persist();

        try (Connection connection = dataSource.getConnection()) {
            Outbox.append(connection, EventEnvelope.of(EventType.REFERRAL_RECEIVED, id, id, received, now));
        }
        return new ReferralAccepted(id, reference, RECEIVED, now);
    }
}
