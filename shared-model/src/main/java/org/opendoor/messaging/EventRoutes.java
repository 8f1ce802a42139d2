package org.opendoor.messaging;

import java.sql.Connection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.opendoor.model.EventEnvelope;
import org.opendoor.model.EventType;
import org.opendoor.model.ReferralEvent;

/**
 * The one path from a consumed event to its handler, for one consumer: the inbox guard as the first statement of the
 * transaction, then the payload read as its event type's record (whose constructor checks it) and checked to name
 * the envelope's referral, then the handler registered for that type. An event of a type with no handler, or a payload that does not read, is poison.
 */
public final class EventRoutes {
    private record Route<T>(Class<T> payloadType, EventHandler<T> handler) {
        void handle(Connection c, EventEnvelope event) throws Exception {
            T payload;
            try {
                payload = event.payloadAs(payloadType);
            } catch (IllegalArgumentException e) {
                throw new PoisonEventException(e.getMessage(), e);
            }
            if (payload == null) {
                throw new PoisonEventException("Event " + event.eventId() + " has no payload");
            }
            if (payload instanceof ReferralEvent about && !event.referralId().equals(about.referralId())) {
                throw new PoisonEventException("Event " + event.eventId() + " is keyed by referral "
                        + event.referralId() + " but its payload names " + about.referralId());
            }
            handler.handle(c, event, payload);
        }
    }

    private final String consumer;
    private final Map<EventType, Route<?>> routes = new EnumMap<>(EventType.class);

    public EventRoutes(String consumer) {
        this.consumer = consumer;
    }

    /** Registers the handler of one event type; the payload type must be that event type's record. */
    public <T> EventRoutes on(EventType type, Class<T> payloadType, EventHandler<T> handler) {
        if (type.payloadType() != payloadType) {
            throw new IllegalArgumentException(type.typeName() + " carries " + type.payloadType().getSimpleName()
                    + ", not " + payloadType.getSimpleName());
        }
        if (routes.put(type, new Route<>(payloadType, handler)) != null) {
            throw new IllegalArgumentException(consumer + " already handles " + type.typeName());
        }
        return this;
    }

    public String consumer() {
        return consumer;
    }

    /** The topics of the handled event types. */
    public Set<String> topics() {
        Set<String> topics = new LinkedHashSet<>();
        routes.keySet().forEach(t -> topics.add(t.topic()));
        return topics;
    }

    /** Handles one event on the transaction's connection; a redelivered event does nothing. */
    public void handle(Connection connection, EventEnvelope event) throws Exception {
        EventType type;
        try {
            type = event.type();
        } catch (IllegalArgumentException e) {
            throw new PoisonEventException(e.getMessage(), e);
        }
        Route<?> route = routes.get(type);
        if (route == null) {
            throw new PoisonEventException(consumer + " does not handle " + event.eventType());
        }
        if (!Inbox.firstDelivery(connection, consumer, event.eventId())) {
            return;
        }
        route.handle(connection, event);
    }
}
