package org.opendoor.notify.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.opendoor.model.Json;
import org.opendoor.notify.directory.Directory;
import org.opendoor.notify.directory.Recipient;
import org.opendoor.notify.directory.RecipientKind;
import org.opendoor.notify.directory.RecipientRules;
import org.opendoor.notify.plan.Purpose;

/**
 * Stores planned notifications in the caller's transaction. A referral has one notification per purpose and
 * recipient (and {@code regarding}), whichever event planned it, so planning the same event again, or another event
 * that asks for the same notice, stores nothing new; DELIVERY_FAILED alerts are unique per failed notification
 * instead. A notification with nobody to go to is stored FAILED at once and the duty manager is told.
 */
@ApplicationScoped
public class NotificationQueue {
    private static final Logger LOG = Logger.getLogger(NotificationQueue.class);
    /**
     * All notifications of one plan in one statement: one row per element of the parallel arrays. No conflict
     * target, so a row is skipped on either uniqueness: per event (V10) or per referral, purpose and recipient (V12).
     */
    private static final String INSERT = """
            INSERT INTO notification (id, event_id, referral_id, reference, local_authority, purpose, recipient,
                channel, status, attempts, next_attempt_at, due_by, last_error, created_at, content,
                recipient_kind, recipient_key, regarding)
            SELECT id, event_id, referral_id, reference, local_authority, purpose, recipient, channel, status, 0,
                now(), CAST(due_by AS timestamptz), last_error, now(), CAST(content AS jsonb), recipient_kind,
                recipient_key, regarding
            FROM unnest(CAST(? AS uuid[]), CAST(? AS uuid[]), CAST(? AS uuid[]), CAST(? AS text[]),
                CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]),
                CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]),
                CAST(? AS text[]))
                WITH ORDINALITY AS p(id, event_id, referral_id, reference, local_authority, purpose, recipient,
                    channel, status, due_by, last_error, content, recipient_kind, recipient_key, regarding, position)
            ORDER BY position
            ON CONFLICT DO NOTHING
            RETURNING id""";

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

    /** Stores the notification unless the referral already has it; true when stored now. */
    public boolean enqueue(Connection c, PlannedNotification p) throws SQLException {
        return enqueueAll(c, List.of(p)) == 1;
    }

    /**
     * Stores the notifications, in one statement, except those the referral already has; answers how many were
     * stored now. Earlier ones win when two would go to the same recipient for the same purpose.
     */
    public int enqueueAll(Connection c, List<PlannedNotification> plans) throws SQLException {
        if (plans.isEmpty()) {
            return 0;
        }
        int n = plans.size();
        UUID[] ids = new UUID[n];
        UUID[] eventIds = new UUID[n];
        UUID[] referralIds = new UUID[n];
        String[][] text = new String[12][n];
        for (int i = 0; i < n; i++) {
            PlannedNotification p = plans.get(i);
            Recipient r = p.recipient();
            ids[i] = UUID.randomUUID();
            eventIds[i] = p.eventId();
            referralIds[i] = p.referralId();
            text[0][i] = p.reference();
            text[1][i] = p.localAuthority();
            text[2][i] = p.purpose().name();
            text[3][i] = recipientOf(p);
            text[4][i] = r != null ? r.channel().name() : Notification.NO_CHANNEL;
            text[5][i] = r != null ? Notification.PENDING : Notification.FAILED;
            text[6][i] = p.dueBy() == null ? null : p.dueBy().toString();
            text[7][i] = r != null ? null : Notification.NO_RECIPIENT;
            text[8][i] = Json.write(p.content());
            text[9][i] = r != null && r.kind() != null ? r.kind().name() : null;
            text[10][i] = r != null ? r.key() : null;
            text[11][i] = p.regarding();
        }
        Set<UUID> stored = new HashSet<>();
        try (PreparedStatement insert = c.prepareStatement(INSERT)) {
            insert.setArray(1, c.createArrayOf("uuid", ids));
            insert.setArray(2, c.createArrayOf("uuid", eventIds));
            insert.setArray(3, c.createArrayOf("uuid", referralIds));
            for (int column = 0; column < text.length; column++) {
                insert.setArray(4 + column, c.createArrayOf("text", text[column]));
            }
            try (ResultSet rs = insert.executeQuery()) {
                while (rs.next()) {
                    stored.add(rs.getObject(1, UUID.class));
                }
            }
        }
        boolean toSend = false;
        for (int i = 0; i < n; i++) {
            PlannedNotification p = plans.get(i);
            if (!stored.contains(ids[i])) {
                continue;
            }
            if (p.recipient() == null) {
                metrics.failed(p.purpose().name(), "no_recipient");
                alertDutyManager(c, ids[i], p.referralId(), p.reference(), p.localAuthority(), p.purpose().name(),
                        recipientOf(p), Notification.NO_RECIPIENT);
            } else {
                toSend = true;
            }
        }
        if (toSend) {
            worker.wakeAfterCommit();
        }
        return stored.size();
    }

    private static String recipientOf(PlannedNotification p) {
        return p.recipient() != null ? p.recipient().address() : "none: " + p.wanted();
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
