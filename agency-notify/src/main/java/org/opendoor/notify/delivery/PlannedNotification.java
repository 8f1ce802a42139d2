package org.opendoor.notify.delivery;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.opendoor.notify.directory.Recipient;
import org.opendoor.notify.plan.Purpose;

/**
 * A notification decided on but not yet stored. {@code recipient} is null when the directory has nobody for it;
 * {@code wanted} then says whom we looked for, and the notification is stored FAILED ("no recipient").
 */
public record PlannedNotification(UUID eventId, UUID referralId, String reference, String localAuthority,
        Purpose purpose, Recipient recipient, String wanted, Instant dueBy, Map<String, Object> content) {
}
