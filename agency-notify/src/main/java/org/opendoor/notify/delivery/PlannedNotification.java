package org.opendoor.notify.delivery;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.opendoor.notify.directory.Recipient;
import org.opendoor.notify.plan.Purpose;

/**
 * A notification decided on but not yet stored. {@code recipient} is null when the directory has nobody for it;
 * {@code wanted} then says whom we looked for, and the notification is stored FAILED ("no recipient").
 * {@code regarding} is what it is about beyond the referral when one referral may need several of the purpose for
 * one recipient (a transfer's receiving authority); empty otherwise. A referral has one notification per purpose,
 * recipient and {@code regarding}, however many events plan it.
 */
public record PlannedNotification(UUID eventId, UUID referralId, String reference, String localAuthority,
        Purpose purpose, Recipient recipient, String wanted, Instant dueBy, Map<String, Object> content,
        String regarding) {

    public PlannedNotification {
        regarding = regarding == null ? "" : regarding;
    }

    /** A notification a referral needs at most once for its purpose and recipient. */
    public PlannedNotification(UUID eventId, UUID referralId, String reference, String localAuthority,
            Purpose purpose, Recipient recipient, String wanted, Instant dueBy, Map<String, Object> content) {
        this(eventId, referralId, reference, localAuthority, purpose, recipient, wanted, dueBy, content, "");
    }
}
