package org.opendoor.intake.feedback;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import org.opendoor.intake.Messaging;
import org.opendoor.intake.referral.ReferralStatus;
import org.opendoor.messaging.Inbox;
import org.opendoor.messaging.PoisonEventException;
import org.opendoor.model.CaseStatus;
import org.opendoor.model.CaseTransferred;
import org.opendoor.model.EventEnvelope;
import org.opendoor.model.ReferralDecided;
import org.opendoor.model.ReferralTriaged;
import org.opendoor.model.SourceCodeCorrected;

/**
 * Learns where a referral went (ReferralTriaged, CaseTransferred), what was decided (ReferralDecided), so the
 * referrer can be told, and the census source code duty staff corrected (SourceCodeCorrected). Exactly once per event: the inbox guard is the first statement. The two topics are not ordered
 * against each other, so a late triage event never takes a decided referral back to TRIAGED.
 */
@ApplicationScoped
public class CaseProgressHandler {
    private static final String TRIAGED = """
            UPDATE referral SET local_authority = ?, team = ?, case_id = ?, triaged_at = ?,
                status = CASE WHEN status = 'DECIDED' THEN status ELSE ? END
            WHERE id = ?""";
    private static final String DECIDED = """
            UPDATE referral SET status = 'DECIDED', outcome = ?, decided_at = ?,
                local_authority = COALESCE(?, local_authority), case_id = COALESCE(case_id, ?)
            WHERE id = ?""";
    private static final String TRANSFERRED = """
            UPDATE referral SET status = CASE WHEN status = 'DECIDED' THEN status ELSE 'TRANSFERRED_OUT_OF_AREA' END,
                local_authority = ?, case_id = COALESCE(case_id, ?)
            WHERE id = ?""";
    private static final String CORRECTED = """
            UPDATE referral SET source_code = ?, source_code_needs_review = false WHERE id = ?""";

    private final AgroalDataSource dataSource;

    public CaseProgressHandler(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Transactional
    public void handle(EventEnvelope event) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            if (!Inbox.firstDelivery(connection, Messaging.CONSUMER, event.eventId())) {
                return;
            }
            int updated = switch (event.type()) {
                case REFERRAL_TRIAGED -> triaged(connection, payload(event, ReferralTriaged.class));
                case REFERRAL_DECIDED -> decided(connection, payload(event, ReferralDecided.class));
                case CASE_TRANSFERRED -> transferred(connection, payload(event, CaseTransferred.class));
                case SOURCE_CODE_CORRECTED -> corrected(connection, payload(event, SourceCodeCorrected.class));
                default -> throw new PoisonEventException("Intake does not handle " + event.eventType());
            };
            if (updated == 0) {
                // intake is where every referral starts, so an unknown one can never succeed
                throw new PoisonEventException("Unknown referral " + event.referralId());
            }
        }
    }

    private static int triaged(Connection connection, ReferralTriaged triaged) throws SQLException {
        ReferralStatus status = triaged.status() == CaseStatus.TRANSFERRED_OUT_OF_AREA
                ? ReferralStatus.TRANSFERRED_OUT_OF_AREA : ReferralStatus.TRIAGED;
        try (PreparedStatement update = connection.prepareStatement(TRIAGED)) {
            update.setString(1, triaged.localAuthority());
            update.setString(2, triaged.team());
            update.setObject(3, triaged.caseId());
            update.setTimestamp(4, Timestamp.from(java.time.Instant.now()));
            update.setString(5, status.name());
            update.setObject(6, triaged.referralId());
            return update.executeUpdate();
        }
    }

    private static int decided(Connection connection, ReferralDecided decided) throws SQLException {
        if (decided.outcome() == null) {
            throw new PoisonEventException("ReferralDecided without an outcome");
        }
        try (PreparedStatement update = connection.prepareStatement(DECIDED)) {
            update.setString(1, decided.outcome().name());
            update.setTimestamp(2, decided.decidedAt() == null ? null : Timestamp.from(decided.decidedAt()));
            update.setString(3, decided.localAuthority());
            update.setObject(4, decided.caseId());
            update.setObject(5, decided.referralId());
            return update.executeUpdate();
        }
    }

    private static int transferred(Connection connection, CaseTransferred transferred) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(TRANSFERRED)) {
            update.setString(1, transferred.toLocalAuthority());
            update.setObject(2, transferred.caseId());
            update.setObject(3, transferred.referralId());
            return update.executeUpdate();
        }
    }

    private static int corrected(Connection connection, SourceCodeCorrected corrected) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(CORRECTED)) {
            update.setString(1, corrected.sourceCode());
            update.setObject(2, corrected.referralId());
            return update.executeUpdate();
        }
    }

    private static <T> T payload(EventEnvelope event, Class<T> type) {
        try {
            T payload = event.payloadAs(type);
            if (payload == null) {
                throw new PoisonEventException("Empty payload");
            }
            return payload;
        } catch (IllegalArgumentException e) {
            throw new PoisonEventException(e.getMessage(), e);
        }
    }
}
