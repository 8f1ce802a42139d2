package org.opendoor.messaging;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

/** The idempotency guard of a consumer: the first statement of its handler's transaction. */
public final class Inbox {
    private static final String MARK = """
            INSERT INTO processed_event (consumer, event_id) VALUES (?, ?) ON CONFLICT DO NOTHING""";

    private Inbox() {
    }

    /** True the first time this consumer sees the event; false for a redelivery, which must change nothing. */
    public static boolean firstDelivery(Connection connection, String consumer, UUID eventId) throws SQLException {
        try (PreparedStatement mark = connection.prepareStatement(MARK)) {
            mark.setString(1, consumer);
            mark.setObject(2, eventId);
            return mark.executeUpdate() == 1;
        }
    }
}
