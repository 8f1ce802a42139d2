package org.opendoor.messaging;

import org.opendoor.model.EventEnvelope;

/**
 * Handles one event in one database transaction whose first statement is {@link Inbox#firstDelivery}.
 * Throw {@link PoisonEventException} for an event that can never succeed.
 */
@FunctionalInterface
public interface EventHandler {
    void handle(EventEnvelope event) throws Exception;
}
