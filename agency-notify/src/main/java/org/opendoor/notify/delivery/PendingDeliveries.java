package org.opendoor.notify.delivery;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The delivery queue in the notification table. A worker claims due rows with a lease in one short statement and
 * sends with no transaction open; an expired lease (a crashed worker) makes the row due again.
 */
@ApplicationScoped
public class PendingDeliveries {
    private static final String CLAIM = """
            UPDATE notification SET next_attempt_at = ? WHERE id IN (
                SELECT id FROM notification WHERE status = 'PENDING' AND next_attempt_at <= ?
                ORDER BY next_attempt_at LIMIT ? FOR UPDATE SKIP LOCKED)
            RETURNING *""";
    private static final String MARK_SENT = """
            UPDATE notification AS n SET status = 'SENT', attempts = n.attempts + 1,
                sent_at = CAST(s.sent_at AS timestamptz), late = s.late, last_error = NULL
            FROM unnest(CAST(? AS uuid[]), CAST(? AS text[]), CAST(? AS boolean[])) AS s(id, sent_at, late)
            WHERE n.id = s.id AND n.status = 'PENDING'
            RETURNING n.id""";

    private final AgroalDataSource dataSource;
    private final DeliveryConfig config;
    private final NotificationQueue queue;
    private final DeliveryMetrics metrics;
    private final Backoff backoff;

    public PendingDeliveries(AgroalDataSource dataSource, DeliveryConfig config, NotificationQueue queue,
            DeliveryMetrics metrics) {
        this.dataSource = dataSource;
        this.config = config;
        this.queue = queue;
        this.metrics = metrics;
        this.backoff = new Backoff(config.initialBackoff(), config.maxBackoff(), config.jitter(),
                () -> ThreadLocalRandom.current().nextDouble());
    }

    /** Claims up to {@code limit} due deliveries; concurrent workers get disjoint sets. Autocommit. */
    public List<Notification> claimDue(Instant now, int limit) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement claim = c.prepareStatement(CLAIM)) {
            claim.setTimestamp(1, Timestamp.from(now.plus(config.claimLease())));
            claim.setTimestamp(2, Timestamp.from(now));
            claim.setInt(3, limit);
            List<Notification> claimed = new ArrayList<>();
            try (ResultSet rs = claim.executeQuery()) {
                while (rs.next()) {
                    claimed.add(Notification.read(rs));
                }
            }
            return claimed;
        }
    }

    /** A notification the recipient's channel accepted, and when. */
    public record Sent(Notification notification, Instant at) {
        boolean late() {
            return notification.dueBy() != null && at.isAfter(notification.dueBy());
        }
    }

    /** Records deliveries in one statement; one still pending (not failed or sent meanwhile) becomes SENT. */
    public void markSent(List<Sent> sent) throws SQLException {
        if (sent.isEmpty()) {
            return;
        }
        int n = sent.size();
        UUID[] ids = new UUID[n];
        String[] at = new String[n];
        Boolean[] late = new Boolean[n];
        Map<UUID, Sent> byId = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Sent s = sent.get(i);
            ids[i] = s.notification().id();
            at[i] = s.at().toString();
            late[i] = s.late();
            byId.put(ids[i], s);
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement update = c.prepareStatement(MARK_SENT)) {
            update.setArray(1, c.createArrayOf("uuid", ids));
            update.setArray(2, c.createArrayOf("text", at));
            update.setArray(3, c.createArrayOf("bool", late));
            try (ResultSet rs = update.executeQuery()) {
                while (rs.next()) {
                    Sent s = byId.get(rs.getObject(1, UUID.class));
                    metrics.sent(s.notification().purpose(), s.notification().channel());
                    if (s.late()) {
                        metrics.late(s.notification().purpose());
                    }
                }
            }
        }
    }

    /**
     * Records a failed attempt: retried later with backoff, or FAILED (with the duty manager alerted in the same
     * transaction) when it was the last attempt or the recipient refused it for good.
     */
    @Transactional
    public void markAttemptFailed(Notification n, String error, boolean permanent) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            int attempts;
            try (PreparedStatement count = c.prepareStatement("""
                    UPDATE notification SET attempts = attempts + 1, last_error = ?
                    WHERE id = ? AND status = 'PENDING' RETURNING attempts""")) {
                count.setString(1, error);
                count.setObject(2, n.id());
                try (ResultSet rs = count.executeQuery()) {
                    if (!rs.next()) {
                        return;
                    }
                    attempts = rs.getInt(1);
                }
            }
            if (permanent || attempts >= config.maxAttempts()) {
                setStatusFailed(c, n.id());
                metrics.failed(n.purpose(), permanent ? "refused" : "attempts_exhausted");
                queue.alertDutyManager(c, n.id(), n.referralId(), n.reference(), n.localAuthority(), n.purpose(),
                        n.recipient(), error + " after " + attempts + " attempt(s)");
            } else {
                try (PreparedStatement retry = c.prepareStatement(
                        "UPDATE notification SET next_attempt_at = ? WHERE id = ?")) {
                    retry.setTimestamp(1, Timestamp.from(Instant.now().plus(backoff.after(attempts))));
                    retry.setObject(2, n.id());
                    retry.executeUpdate();
                }
            }
        }
    }

    private static void setStatusFailed(Connection c, UUID id) throws SQLException {
        try (PreparedStatement fail = c.prepareStatement("UPDATE notification SET status = 'FAILED' WHERE id = ?")) {
            fail.setObject(1, id);
            fail.executeUpdate();
        }
    }
}
