package org.opendoor.notify.delivery;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;

/** One message to one recipient for one purpose, and the proof of its delivery (a row of {@code notification}). */
public record Notification(UUID id, UUID eventId, UUID referralId, String reference, String localAuthority,
        String purpose, String recipient, String channel, String status, int attempts, Instant dueBy,
        Instant sentAt, String lastError, boolean late, String recipientKind, String recipientKey, String content,
        Instant createdAt) {
    public static final String PENDING = "PENDING";
    public static final String SENT = "SENT";
    public static final String FAILED = "FAILED";
    /** Channel of a notification that had nobody to go to. */
    public static final String NO_CHANNEL = "NONE";
    public static final String NO_RECIPIENT = "no recipient";

    public static Notification read(ResultSet rs) throws SQLException {
        return new Notification(rs.getObject("id", UUID.class), rs.getObject("event_id", UUID.class),
                rs.getObject("referral_id", UUID.class), rs.getString("reference"), rs.getString("local_authority"),
                rs.getString("purpose"), rs.getString("recipient"), rs.getString("channel"), rs.getString("status"),
                rs.getInt("attempts"), instant(rs, "due_by"), instant(rs, "sent_at"), rs.getString("last_error"),
                rs.getBoolean("late"), rs.getString("recipient_kind"), rs.getString("recipient_key"),
                rs.getString("content"), instant(rs, "created_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        java.sql.Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
