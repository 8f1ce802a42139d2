package org.opendoor.notify.delivery;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * What a channel sends. {@code deliveryId} is the notification's id: the same on every retry, so a receiver can
 * drop a duplicate. {@code data} is the purpose's minimum content; {@code secret} signs webhooks.
 */
public record OutgoingMessage(UUID deliveryId, String purpose, String reference, String address, String subject,
        String body, Instant dueBy, Map<String, Object> data, String secret) {
}
