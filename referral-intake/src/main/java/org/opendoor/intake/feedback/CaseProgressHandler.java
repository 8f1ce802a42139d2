package org.opendoor.intake.feedback;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import org.opendoor.intake.referral.ReferralStatus;
import org.opendoor.messaging.PoisonEventException;
import org.opendoor.model.CaseStatus;
import org.opendoor.model.CaseTransferred;
import org.opendoor.model.EventEnvelope;
import org.opendoor.model.ReferralDecided;
import org.opendoor.model.ReferralTriaged;
import org.opendoor.model.SourceCodeCorrected;

/**
 * Learns where a referral went (ReferralTriaged, CaseTransferred), what was decided (ReferralDecided), so the
 * referrer can be told, and the census source code duty staff corrected (SourceCodeCorrected). Exactly once per
 * event: the consumer's inbox guard is the first statement of the transaction. The topics are not ordered against
 * each other, so a late triage event never takes a decided referral back to TRIAGED.
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

    public void triaged(Connection connection, EventEnvelope event, ReferralTriaged triaged) throws SQLException {
        known(event, updateTriaged(connection, triaged));
    }

    public void decided(Connection connection, EventEnvelope event, ReferralDecided decided) throws SQLException {
        known(event, updateDecided(connection, decided));
    }

    public void transferred(Connection connection, EventEnvelope event, CaseTransferred transferred)
            throws SQLException {
        known(event, updateTransferred(connection, transferred));
    }

    public void corrected(Connection connection, EventEnvelope event, SourceCodeCorrected corrected)
            throws SQLException {
        known(event, updateCorrected(connection, corrected));
    }

    /** Intake is where every referral starts, so an event about one it does not know can never succeed. */
    private static void known(EventEnvelope event, int updated) {
        if (updated == 0) {
            throw new PoisonEventException("Unknown referral " + event.referralId());
        }
    }

    private static int updateTriaged(Connection connection, ReferralTriaged triaged) throws SQLException {
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

    private static int updateDecided(Connection connection, ReferralDecided decided) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(DECIDED)) {
            update.setString(1, decided.outcome().name());
            update.setTimestamp(2, decided.decidedAt() == null ? null : Timestamp.from(decided.decidedAt()));
            update.setString(3, decided.localAuthority());
            update.setObject(4, decided.caseId());
            update.setObject(5, decided.referralId());
            return update.executeUpdate();
        }
    }

    private static int updateTransferred(Connection connection, CaseTransferred transferred) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(TRANSFERRED)) {
            update.setString(1, transferred.toLocalAuthority());
            update.setObject(2, transferred.caseId());
            update.setObject(3, transferred.referralId());
            return update.executeUpdate();
        }
    }

    private static int updateCorrected(Connection connection, SourceCodeCorrected corrected) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(CORRECTED)) {
            update.setString(1, corrected.sourceCode());
            update.setObject(2, corrected.referralId());
            return update.executeUpdate();
        }
    }

}
