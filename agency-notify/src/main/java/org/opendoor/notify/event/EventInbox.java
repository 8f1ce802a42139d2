package org.opendoor.notify.event;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import org.opendoor.messaging.Inbox;
import org.opendoor.model.EventEnvelope;

/**
 * Notify's idempotency guard: the first statement of every handler's transaction. The shared inbox is plain JDBC on
 * the same datasource, so inside the handler's JTA transaction it is the same connection, and the guard commits or
 * rolls back with the handler's entities.
 */
@ApplicationScoped
public class EventInbox {
    /** Notify's consumer group and inbox name. */
    public static final String CONSUMER = "agency-notify";

    private final AgroalDataSource dataSource;

    public EventInbox(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** True the first time notify sees the event; false for a redelivery, which must change nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(EventEnvelope event) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return Inbox.firstDelivery(c, CONSUMER, event.eventId());
        }
    }
}
