package org.opendoor.messaging;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.opendoor.model.EventEnvelope;

/**
 * Writes events to the service's outbox table. Call it on the connection of the transaction that makes
 * the business change, so the event exists if and only if the change committed.
 */
public final class Outbox {
    private static final String INSERT = """
            INSERT INTO outbox_event (event_id, topic, message_key, payload) VALUES (?, ?, ?, ?)""";

    private Outbox() {
    }

    public static void append(Connection connection, EventEnvelope event) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            bind(insert, event);
            insert.executeUpdate();
        }
    }

    /** Several events in one JDBC batch (one round trip), in the order given. */
    public static void append(Connection connection, List<EventEnvelope> events) throws SQLException {
        if (events.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (EventEnvelope event : events) {
                bind(insert, event);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void bind(PreparedStatement insert, EventEnvelope event) throws SQLException {
        insert.setObject(1, event.eventId());
        insert.setString(2, event.topic());
        insert.setString(3, event.referralId().toString());
        insert.setString(4, event.toJson());
    }
}
