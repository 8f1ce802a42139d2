package org.opendoor.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The envelope every OpenDoor event travels in. Keyed in Kafka by {@code referralId} so that the
 * events of one referral stay in order.
 */
public record EventEnvelope(
        UUID eventId,
        String eventType,
        int schemaVersion,
        Instant occurredAt,
        UUID referralId,
        UUID correlationId,
        JsonNode payload) {

    public EventEnvelope {
        Objects.requireNonNull(eventId, "eventId is required");
        Objects.requireNonNull(eventType, "eventType is required");
        Objects.requireNonNull(occurredAt, "occurredAt is required");
        Objects.requireNonNull(referralId, "referralId is required");
        Objects.requireNonNull(payload, "payload is required");
        if (schemaVersion < 1) {
            throw new IllegalArgumentException("Invalid schemaVersion: " + schemaVersion);
        }
        if (correlationId == null) {
            correlationId = referralId;
        }
    }

    /** A new event of the given type, about the given referral, carrying the given payload record. */
    public static EventEnvelope of(EventType type, UUID referralId, UUID correlationId, Object payload, Instant at) {
        if (!type.payloadType().isInstance(payload)) {
            throw new IllegalArgumentException("Payload of " + type.typeName() + " must be a "
                    + type.payloadType().getSimpleName() + ", not " + payload.getClass().getSimpleName());
        }
        return new EventEnvelope(UUID.randomUUID(), type.typeName(), type.schemaVersion(), at, referralId,
                correlationId, Json.mapper().valueToTree(payload));
    }

    public EventType type() {
        return EventType.ofTypeName(eventType);
    }

    public String topic() {
        return type().topic();
    }

    /** The payload as its record type; fails with {@link IllegalArgumentException} when it does not fit. */
    public <T> T payloadAs(Class<T> type) {
        try {
            return Json.mapper().treeToValue(payload, type);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("Payload of event " + eventId + " is not a valid "
                    + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }

    public String toJson() {
        return Json.write(this);
    }

    public static EventEnvelope fromJson(String json) {
        return Json.read(json, EventEnvelope.class);
    }
}
