package org.opendoor.notify.referral;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
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
 * notifications they produce are unique per (event, recipient, purpose). Callers hold the referral's lock.
 *
 * <p>Plain JDBC on the handler's connection, like the inbox: a whole event parked as text and taken back in one
 * {@code DELETE … RETURNING}, which every received referral runs, is a queue operation with nothing to map.
 */
@ApplicationScoped
public class WaitingEvents {
    private final AgroalDataSource dataSource;

    public WaitingEvents(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void park(EventEnvelope event) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement("""
                INSERT INTO waiting_event (event_id, referral_id, event) VALUES (?, ?, ?)
                ON CONFLICT (event_id) DO NOTHING""")) {
            insert.setObject(1, event.eventId());
            insert.setObject(2, event.referralId());
            insert.setString(3, event.toJson());
            insert.executeUpdate();
        }
    }

    /** Removes and returns the referral's waiting events, oldest first. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<EventEnvelope> take(UUID referralId) throws SQLException {
        List<EventEnvelope> events = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(
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
