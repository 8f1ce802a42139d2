package org.opendoor.notify.delivery;

import java.time.Instant;
import java.util.UUID;
import org.opendoor.notify.message.Notice;

/**
 * What a channel sends. {@code deliveryId} is the notification's id: the same on every retry, so a receiver can
 * drop a duplicate. {@code notice} is the purpose's minimum content (a webhook's {@code data}); {@code secret}
 * signs webhooks.
 */
public record OutgoingMessage(UUID deliveryId, String purpose, String reference, String address, String subject,
        String body, Instant dueBy, Notice notice, String secret) {
}
