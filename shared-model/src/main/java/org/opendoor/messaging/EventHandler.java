package org.opendoor.messaging;

import java.sql.Connection;
import org.opendoor.model.EventEnvelope;

/**
 * Handles one kind of event. It is called inside the consumer's database transaction, on its connection, after the
 * inbox guard recorded this event as new, with the payload already read and checked by its record's constructor.
 * Throw {@link PoisonEventException} for an event that can never succeed; any other exception rolls back and retries.
 */
@FunctionalInterface
public interface EventHandler<T> {
    void handle(Connection connection, EventEnvelope event, T payload) throws Exception;
}
