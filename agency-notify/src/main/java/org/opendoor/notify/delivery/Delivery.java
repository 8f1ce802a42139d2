package org.opendoor.notify.delivery;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.opendoor.model.Json;
import org.opendoor.notify.directory.Channel;
import org.opendoor.notify.directory.RecipientKind;
import org.opendoor.notify.message.Notice;
import org.opendoor.notify.message.Purpose;

/**
 * A notification a worker has claimed, as its channel needs it: where it goes, what it says, how many attempts were
 * made before, and when the claim expires (then another worker may take it). Its id is the delivery id of every
 * attempt.
 */
public record Delivery(UUID id, Purpose purpose, String reference, String address, Channel channel, Instant dueBy,
        String content, RecipientKind recipientKind, String recipientKey, int attempts, Instant claimExpires) {

    static Delivery read(ResultSet rs) throws SQLException {
        String kind = rs.getString("recipient_kind");
        Timestamp dueBy = rs.getTimestamp("due_by");
        return new Delivery(rs.getObject("id", UUID.class), Purpose.valueOf(rs.getString("purpose")),
                rs.getString("reference"), rs.getString("recipient"), Channel.valueOf(rs.getString("channel")),
                dueBy == null ? null : dueBy.toInstant(), rs.getString("content"),
                kind == null ? null : RecipientKind.valueOf(kind), rs.getString("recipient_key"),
                rs.getInt("attempts"), rs.getTimestamp("next_attempt_at").toInstant());
    }

    /** What it says, as the purpose's notice. */
    Notice notice() {
        return Json.read(content, purpose.notice());
    }

    /** Accepted after its due time. */
    boolean lateAt(Instant at) {
        return dueBy != null && at.isAfter(dueBy);
    }
}
