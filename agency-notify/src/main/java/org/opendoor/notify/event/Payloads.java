package org.opendoor.notify.event;

import org.opendoor.messaging.PoisonEventException;
import org.opendoor.model.EventEnvelope;
import org.opendoor.model.EventType;

/** Reads an event's payload, or declares it poison: it can never be handled, so it is dead-lettered. */
public final class Payloads {
    private Payloads() {
    }

    public static <T> T of(EventEnvelope event, EventType expected, Class<T> type) {
        if (event.type() != expected) {
            throw new PoisonEventException("Expected " + expected.typeName() + ", got " + event.eventType());
        }
        try {
            return event.payloadAs(type);
        } catch (IllegalArgumentException e) {
            throw new PoisonEventException(e.getMessage(), e);
        }
    }

    /** Fields without which no notification can be planned: their absence is poison, not a reason to retry. */
    public static void require(EventEnvelope event, Object... namesAndValues) {
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] == null) {
                throw new PoisonEventException(event.eventType() + " " + event.eventId() + " has no "
                        + namesAndValues[i]);
            }
        }
    }
}
