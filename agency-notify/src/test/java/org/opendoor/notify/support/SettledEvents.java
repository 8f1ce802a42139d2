package org.opendoor.notify.support;

import io.agroal.api.AgroalDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.opendoor.model.EventEnvelope;
import org.opendoor.model.NotificationSettled;
import org.opendoor.model.Topics;

/** The NotificationSettled events notify wrote to its outbox for a referral, as published and as JSON. */
public final class SettledEvents {
    private SettledEvents() {
    }

    /** One event as the outbox holds it: its message key, its whole JSON, and its payload. */
    public record Row(String key, String json, NotificationSettled settled) {
    }

    /**
     * The settled events about the referral (by the envelope's referral id, whatever their message key) for
     * notifications of that purpose, in the order they were written.
     */
    public static List<Row> of(AgroalDataSource dataSource, UUID referralId, String purpose) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(
                "SELECT message_key, payload FROM outbox_event WHERE topic = ? "
                        + "AND CAST(payload AS jsonb) ->> 'referralId' = ? ORDER BY id")) {
            q.setString(1, Topics.NOTIFICATION_SETTLED);
            q.setString(2, referralId.toString());
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    NotificationSettled settled = EventEnvelope.fromJson(rs.getString(2))
                            .payloadAs(NotificationSettled.class);
                    if (settled.purpose().equals(purpose)) {
                        rows.add(new Row(rs.getString(1), rs.getString(2), settled));
                    }
                }
            }
        }
        return rows;
    }
}
