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
import java.util.Optional;
import java.util.UUID;
import org.opendoor.intake.idempotency.IdempotencyKeys;
import org.opendoor.messaging.Outbox;
import org.opendoor.model.EventEnvelope;
import org.opendoor.model.EventType;
import org.opendoor.model.Json;
import org.opendoor.model.OpenDoorZone;
import org.opendoor.model.ReferralReceived;
import org.opendoor.web.AuditAction;
import org.opendoor.web.AuditTrail;
import org.opendoor.web.Caller;

/**
 * Accepts a referral from any channel: stores it and its ReferralReceived event in one transaction, so the
 * 202 is only ever given for what is durable. With an idempotency key, a retry gets the first answer instead.
 */
@ApplicationScoped
public class ReferralIntake {
    static final AuditAction AUDIT_ACTION = AuditAction.SUBMIT_REFERRAL;

    /** Builds the event payload once the referral's identity is known. */
    @FunctionalInterface
    public interface Draft {
        ReferralReceived complete(UUID referralId, String reference, Instant receivedAt);
    }

    private final AgroalDataSource dataSource;
    private final IdempotencyKeys idempotencyKeys;
    private final Clock clock = Clock.systemUTC();
    private final ZoneId zone;

    public ReferralIntake(AgroalDataSource dataSource, IdempotencyKeys idempotencyKeys, OpenDoorZone zone) {
        this.dataSource = dataSource;
        this.zone = zone.zone();
        this.idempotencyKeys = idempotencyKeys;
    }

    /**
     * @param submitter   who submits, for the audit trail ({@link Caller#PUBLIC} for the open form)
     * @param idempotency the request's key, or null when it has none
     */
    @Transactional
    public ReferralAccepted accept(Draft draft, Caller submitter, IdempotencyKeys.Request idempotency)
            throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            if (idempotency != null) {
                Optional<String> earlier = idempotencyKeys.claim(connection, idempotency);
                if (earlier.isPresent()) {
                    ReferralAccepted first = Json.read(earlier.get(), ReferralAccepted.class);
                    AuditTrail.record(connection, submitter, AUDIT_ACTION, first.referralId().toString(), "REPLAYED");
                    return first;
                }
            }
            Instant now = clock.instant();
            UUID id = UUID.randomUUID();
            String reference = ReferenceNumbers.next(connection, Year.now(clock.withZone(zone)));
            ReferralReceived received = draft.complete(id, reference, now);
            EventEnvelope event = EventEnvelope.of(EventType.REFERRAL_RECEIVED, id, id, received, now);
            // the stored body is the event's payload: mapped from the record once, for both
            Referral.received(id, reference, received.source(), received.sourceCode(), received.sourceCodeNeedsReview(),
                    received.submittingOrg(), now, Json.write(event.payload())).insert(connection);
            Outbox.append(connection, event);
            ReferralAccepted accepted = new ReferralAccepted(id, reference, ReferralStatus.RECEIVED.name(), now);
            if (idempotency != null) {
                idempotencyKeys.answer(connection, idempotency, id, Json.write(accepted));
            }
            AuditTrail.record(connection, submitter, AUDIT_ACTION, id.toString(), "ACCEPTED");
            return accepted;
        }
    }
}
