package org.opendoor.notify.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.opendoor.model.Json;
import org.opendoor.notify.directory.Directory;
import org.opendoor.notify.directory.Recipient;
import org.opendoor.notify.directory.RecipientKind;
import org.opendoor.notify.directory.RecipientRules;
import org.opendoor.notify.plan.Purpose;

/**
 * Stores planned notifications in the caller's transaction. The row is unique per (event, recipient, purpose), so
 * planning the same event again stores nothing new. A notification with nobody to go to is stored FAILED at once
 * and the duty manager is told.
 */
@ApplicationScoped
public class NotificationQueue {
    private static final Logger LOG = Logger.getLogger(NotificationQueue.class);
    private static final String INSERT = """
            INSERT INTO notification (id, event_id, referral_id, reference, local_authority, purpose, recipient,
                channel, status, attempts, next_attempt_at, due_by, last_error, created_at, content,
                recipient_kind, recipient_key)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, now(), ?, ?, now(), CAST(? AS jsonb), ?, ?)
            ON CONFLICT (event_id, recipient, purpose) DO NOTHING""";

    private final Directory directory;
    private final DeliveryWorker worker;
    private final DeliveryMetrics metrics;
    private final NotifyLinks links;

    public NotificationQueue(Directory directory, DeliveryWorker worker, DeliveryMetrics metrics, NotifyLinks links) {
        this.directory = directory;
        this.worker = worker;
        this.metrics = metrics;
        this.links = links;
    }

    /** Stores the notification unless this event already produced it; true when stored now. */
    public boolean enqueue(Connection c, PlannedNotification p) throws SQLException {
        UUID id = UUID.randomUUID();
        Recipient r = p.recipient();
        String recipient = r != null ? r.address() : "none: " + p.wanted();
        boolean inserted;
        try (PreparedStatement insert = c.prepareStatement(INSERT)) {
            insert.setObject(1, id);
            insert.setObject(2, p.eventId());
            insert.setObject(3, p.referralId());
            insert.setString(4, p.reference());
            insert.setString(5, p.localAuthority());
            insert.setString(6, p.purpose().name());
            insert.setString(7, recipient);
            insert.setString(8, r != null ? r.channel().name() : Notification.NO_CHANNEL);
            insert.setString(9, r != null ? Notification.PENDING : Notification.FAILED);
            insert.setTimestamp(10, p.dueBy() == null ? null : Timestamp.from(p.dueBy()));
            insert.setString(11, r != null ? null : Notification.NO_RECIPIENT);
            insert.setString(12, Json.write(p.content()));
            insert.setString(13, r != null && r.kind() != null ? r.kind().name() : null);
            insert.setString(14, r != null ? r.key() : null);
            inserted = insert.executeUpdate() == 1;
        }
        if (!inserted) {
            return false;
        }
        if (r == null) {
            metrics.failed(p.purpose().name(), "no_recipient");
            alertDutyManager(c, id, p.referralId(), p.reference(), p.localAuthority(), p.purpose().name(), recipient,
                    Notification.NO_RECIPIENT);
        } else {
            worker.wakeAfterCommit();
        }
        return true;
    }

    /**
     * Tells the duty manager of the referral's authority (or the partnership's front-door operations while the
     * authority is not known) that a notification failed, so someone tells the recipient another way.
     */
    public void alertDutyManager(Connection c, UUID failedId, UUID referralId, String reference, String localAuthority,
            String failedPurpose, String failedRecipient, String reason) throws SQLException {
        if (Purpose.DELIVERY_FAILED.name().equals(failedPurpose)) {
            // an alert about an alert would loop; the failed metric and this log line are what is left
            LOG.errorf("Duty manager alert %s could not be delivered: %s", failedId, reason);
            return;
        }
        Recipient manager = directory.find(RecipientKind.DUTY_MANAGER, localAuthority)
                .or(() -> directory.find(RecipientKind.DUTY_MANAGER, RecipientRules.PARTNERSHIP)).orElse(null);
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("reference", reference);
        content.put("failedPurpose", failedPurpose);
        content.put("failedRecipient", failedRecipient);
        content.put("reason", reason);
        content.put("link", links.notificationsOf(referralId));
        enqueue(c, new PlannedNotification(failedId, referralId, reference, localAuthority, Purpose.DELIVERY_FAILED,
                manager, "duty manager of " + localAuthority, null, content));
    }

    /** When triage routes a referral, notifications stored before it (the acknowledgement) join its authority. */
    public void assignAuthority(Connection c, UUID referralId, String localAuthority) throws SQLException {
        try (PreparedStatement update = c.prepareStatement(
                "UPDATE notification SET local_authority = ? WHERE referral_id = ? AND local_authority IS NULL")) {
            update.setString(1, localAuthority);
            update.setObject(2, referralId);
            update.executeUpdate();
        }
    }
}
