package org.opendoor.notify.notification;

import java.time.Instant;
import java.util.UUID;
import org.opendoor.notify.directory.Recipient;
import org.opendoor.notify.message.Notice;
import org.opendoor.notify.message.Purpose;

/**
 * A notification decided on but not yet stored; its purpose is its notice's. {@code recipient} is null when the
 * directory has nobody for it; {@code wanted} then says whom we looked for, and the notification is stored FAILED
 * ("no recipient"). {@code regarding} is what it is about beyond the referral when one referral may need several of
 * the purpose for one recipient (a transfer's receiving authority); empty otherwise. A referral has one
 * notification per purpose, recipient and {@code regarding}, however many events plan it.
 */
public record PlannedNotification(UUID eventId, UUID referralId, String reference, String localAuthority,
        Recipient recipient, String wanted, Instant dueBy, Notice notice, String regarding) {

    public PlannedNotification {
        regarding = regarding == null ? "" : regarding;
    }

    /** A notification a referral needs at most once for its purpose and recipient. */
    public PlannedNotification(UUID eventId, UUID referralId, String reference, String localAuthority,
            Recipient recipient, String wanted, Instant dueBy, Notice notice) {
        this(eventId, referralId, reference, localAuthority, recipient, wanted, dueBy, notice, "");
    }

    public Purpose purpose() {
        return notice.purpose();
    }

    /** The address it goes to, or "none: whom we looked for". */
    public String recipientAddress() {
        return recipient != null ? recipient.address() : "none: " + wanted;
    }
}
