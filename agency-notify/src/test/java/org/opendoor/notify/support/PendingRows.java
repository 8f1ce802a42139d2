package org.opendoor.notify.support;

import io.agroal.api.AgroalDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/** Duty alerts put straight into the delivery queue (as planned and committed), and their state read back. */
public final class PendingRows {
    private PendingRows() {
    }

    /** A Derby duty alert by email to {@code address}, due now, after {@code attempts} failed attempts. */
    public static UUID dutyAlert(AgroalDataSource dataSource, String reference, String address, int attempts)
            throws SQLException {
        return dutyAlert(dataSource, reference, address, attempts, "clock_timestamp()");
    }

    /** As {@link #dutyAlert(AgroalDataSource, String, String, int)}, next tried at an SQL time expression. */
    public static UUID dutyAlert(AgroalDataSource dataSource, String reference, String address, int attempts,
            String nextAttemptAt) throws SQLException {
        UUID id = UUID.randomUUID();
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement("""
                INSERT INTO notification (id, event_id, referral_id, reference, local_authority, purpose, recipient,
                    channel, status, attempts, next_attempt_at, due_by, content, recipient_kind, recipient_key)
                VALUES (?, ?, ?, ?, 'E06000015', 'DUTY_ALERT', ?, 'EMAIL', 'PENDING', ?, """ + nextAttemptAt + """
                , now() + interval '4 hours', CAST(? AS jsonb), 'DUTY_TEAM', 'E06000015')""")) {
            insert.setObject(1, id);
            insert.setObject(2, UUID.randomUUID());
            insert.setObject(3, UUID.randomUUID());
            insert.setString(4, reference);
            insert.setString(5, address);
            insert.setInt(6, attempts);
            insert.setString(7, "{\"reference\":\"" + reference + "\",\"priority\":\"RED\",\"level\":4,"
                    + "\"pathway\":\"IMMEDIATE_PROTECTION\",\"dueBy\":\"2026-11-23T12:00:00Z\","
                    + "\"link\":\"http://localhost:8082/api/v1/cases/by-referral/x\"}");
            insert.executeUpdate();
        }
        return id;
    }

    /** "STATUS/attempts/last error" of the notification. */
    public static String state(AgroalDataSource dataSource, UUID id) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(
                "SELECT status, attempts, last_error FROM notification WHERE id = ?")) {
            q.setObject(1, id);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getString(1) + "/" + rs.getInt(2) + "/" + rs.getString(3);
            }
        }
    }
}
