package org.opendoor.notify.referral;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.opendoor.model.EventEnvelope;

/**
 * Events that came before the referral they need (topics are not ordered with each other). Kept until the
 * ReferralReceived event arrives, then planned and removed: never dropped, and never planned twice because the
 * notifications they produce are unique per (event, recipient, purpose).
 */
@ApplicationScoped
public class WaitingEvents {

    public void park(Connection c, EventEnvelope event) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("""
                INSERT INTO waiting_event (event_id, referral_id, event) VALUES (?, ?, ?)
                ON CONFLICT (event_id) DO NOTHING""")) {
            insert.setObject(1, event.eventId());
            insert.setObject(2, event.referralId());
            insert.setString(3, event.toJson());
            insert.executeUpdate();
        }
    }

    /** Removes and returns the referral's waiting events, oldest first. */
    public List<EventEnvelope> take(Connection c, UUID referralId) throws SQLException {
        List<EventEnvelope> events = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement(
                "DELETE FROM waiting_event WHERE referral_id = ? RETURNING event, waiting_since")) {
            q.setObject(1, referralId);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    events.add(EventEnvelope.fromJson(rs.getString(1)));
                }
            }
        }
        events.sort((a, b) -> a.occurredAt().compareTo(b.occurredAt()));
        return events;
    }
}
