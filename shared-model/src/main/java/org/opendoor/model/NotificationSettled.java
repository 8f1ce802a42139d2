package org.opendoor.model;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Payload of {@link Topics#NOTIFICATION_SETTLED}: a notification agency-notify has finished with, sent or failed
 * after its last attempt. No recipient address and no content: only what is needed to count notices and whether
 * they went in time (Operation Encompass before the next school day, MARAC referrals made).
 */
public record NotificationSettled(
        UUID referralId,
        UUID notificationId,
        String reference,
        /** ONS code of the authority the referral belongs to, or null for a partnership hub. */
        String localAuthority,
        /** The notification's purpose, as agency-notify's API names it ({@code OPERATION_ENCOMPASS}, …). */
        String purpose,
        Outcome outcome,
        Instant dueBy,
        /** When it was sent; null when it failed. */
        Instant sentAt,
        Instant settledAt) implements ReferralEvent {
    public enum Outcome {
        SENT,
        FAILED
    }

    public NotificationSettled {
        Objects.requireNonNull(referralId, "referralId is required");
        Objects.requireNonNull(notificationId, "notificationId is required");
        Objects.requireNonNull(purpose, "purpose is required");
        Objects.requireNonNull(outcome, "outcome is required");
        Objects.requireNonNull(settledAt, "settledAt is required");
        if (outcome == Outcome.SENT && sentAt == null) {
            throw new IllegalArgumentException("A sent notification has sentAt");
        }
    }

    /** True when it was sent by the time it was due (no due time: sent at all). */
    public boolean inTime() {
        return outcome == Outcome.SENT && (dueBy == null || !sentAt.isAfter(dueBy));
    }
}
