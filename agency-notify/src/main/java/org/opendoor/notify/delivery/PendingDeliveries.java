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
import java.util.List;
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

    public void markSent(Notification n, Instant at) throws SQLException {
        boolean late = n.dueBy() != null && at.isAfter(n.dueBy());
        try (Connection c = dataSource.getConnection(); PreparedStatement update = c.prepareStatement("""
                UPDATE notification SET status = 'SENT', attempts = attempts + 1, sent_at = ?, late = ?,
                    last_error = NULL WHERE id = ? AND status = 'PENDING'""")) {
            update.setTimestamp(1, Timestamp.from(at));
            update.setBoolean(2, late);
            update.setObject(3, n.id());
            if (update.executeUpdate() == 1) {
                metrics.sent(n.purpose(), n.channel());
                if (late) {
                    metrics.late(n.purpose());
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
