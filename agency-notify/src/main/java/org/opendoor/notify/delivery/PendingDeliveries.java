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
import org.opendoor.model.NotificationSettled;
import org.opendoor.notify.notification.Notification;
import org.opendoor.notify.notification.NotificationMetrics;
import org.opendoor.notify.notification.NotificationQueue;
import org.opendoor.notify.notification.SettledNotifications;

/**
 * The delivery queue in the notification table. A worker claims due rows with a lease in one statement and sends
 * with no transaction open; an expired lease (a crashed worker) makes the row due again.
 *
 * <p>The claim and the record of what was sent are one SQL statement each, on purpose: they run for every delivery
 * of every worker, and as entity reads and updates in a transaction (lock, load, change, flush, commit) each cost
 * more than the planning of the notifications it sends. The record of what was sent commits with the outbox rows
 * announcing it (one JDBC batch). A failed attempt, which may end the notification and plan the duty manager's
 * alert, goes through the {@link Notification} entity.
 */
@ApplicationScoped
public class PendingDeliveries {
    /** Due rows locked by no other worker, leased until the claim expires, in one autocommitted statement. */
    private static final String CLAIM = """
            UPDATE notification SET next_attempt_at = ? WHERE id IN (
                SELECT id FROM notification WHERE status = 'PENDING' AND next_attempt_at <= ?
                ORDER BY next_attempt_at LIMIT ? FOR UPDATE SKIP LOCKED)
            RETURNING id, purpose, reference, recipient, channel, due_by, content, recipient_kind, recipient_key,
                attempts, next_attempt_at""";
    /** The deliveries given, one row per element of the arrays; only one still PENDING becomes SENT. */
    private static final String MARK_SENT = """
            UPDATE notification AS n SET status = 'SENT', attempts = n.attempts + 1,
                sent_at = CAST(s.sent_at AS timestamptz), late = s.late, last_error = NULL
            FROM unnest(CAST(? AS uuid[]), CAST(? AS text[]), CAST(? AS boolean[])) AS s(id, sent_at, late)
            WHERE n.id = s.id AND n.status = 'PENDING'
            RETURNING n.id, n.referral_id, n.reference, n.local_authority, n.purpose, n.due_by, n.sent_at""";

    private static final String POSTPONE = """
            UPDATE notification SET next_attempt_at = ?, last_error = ? WHERE id = ? AND status = 'PENDING'""";

    private final AgroalDataSource dataSource;
    private final DeliveryConfig config;
    private final NotificationQueue queue;
    private final NotificationMetrics metrics;
    private final Backoff backoff;
    private final SettledNotifications settled;

    public PendingDeliveries(AgroalDataSource dataSource, DeliveryConfig config, NotificationQueue queue,
            NotificationMetrics metrics, SettledNotifications settled) {
        this.dataSource = dataSource;
        this.settled = settled;
        this.config = config;
        this.queue = queue;
        this.metrics = metrics;
        this.backoff = new Backoff(config.initialBackoff(), config.maxBackoff(), config.jitter(),
                () -> ThreadLocalRandom.current().nextDouble());
    }

    /** Claims up to {@code limit} due deliveries; concurrent workers get disjoint sets. */
    public List<Delivery> claimDue(Instant now, int limit) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement claim = c.prepareStatement(CLAIM)) {
            claim.setTimestamp(1, Timestamp.from(now.plus(config.claimLease())));
            claim.setTimestamp(2, Timestamp.from(now));
            claim.setInt(3, limit);
            List<Delivery> claimed = new ArrayList<>();
            try (ResultSet rs = claim.executeQuery()) {
                while (rs.next()) {
                    claimed.add(Delivery.read(rs));
                }
            }
            return claimed;
        }
    }

    /**
     * Puts off a delivery that was not attempted (its recipient's circuit is open) by the wait a failed attempt
     * would have had, without counting an attempt: it is not failed early for a breaker's sake.
     */
    public void postpone(Delivery claimed, String reason) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement update = c.prepareStatement(POSTPONE)) {
            Instant retryAt = Instant.now().plus(backoff.after(Math.max(1, claimed.attempts())));
            update.setTimestamp(1, Timestamp.from(retryAt));
            update.setString(2, reason);
            update.setObject(3, claimed.id());
            update.executeUpdate();
        }
    }

    /** A delivery the recipient's channel accepted, and when. */
    public record Sent(Delivery delivery, Instant at) {
    }

    /**
     * Records deliveries in one statement (the worker records each as it completes); one still pending (not failed
     * meanwhile) becomes SENT, and is announced as settled in the same transaction.
     */
    @Transactional(value = Transactional.TxType.REQUIRES_NEW, rollbackOn = Exception.class)
    public void markSent(List<Sent> sent) throws SQLException {
        int n = sent.size();
        UUID[] ids = new UUID[n];
        String[] at = new String[n];
        Boolean[] late = new Boolean[n];
        Map<UUID, Sent> byId = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Sent s = sent.get(i);
            ids[i] = s.delivery().id();
            at[i] = s.at().toString();
            late[i] = s.delivery().lateAt(s.at());
            byId.put(ids[i], s);
        }
        Instant now = Instant.now();
        List<NotificationSettled> settledNow = new ArrayList<>(n);
        try (Connection c = dataSource.getConnection(); PreparedStatement update = c.prepareStatement(MARK_SENT)) {
            update.setArray(1, c.createArrayOf("uuid", ids));
            update.setArray(2, c.createArrayOf("text", at));
            update.setArray(3, c.createArrayOf("bool", late));
            try (ResultSet rs = update.executeQuery()) {
                while (rs.next()) {
                    Sent s = byId.get(rs.getObject("id", UUID.class));
                    metrics.sent(s.delivery().purpose(), s.delivery().channel(), s.delivery().lateAt(s.at()));
                    settledNow.add(sentOf(rs, now));
                }
            }
        }
        settled.announce(settledNow);
    }

    /** A row MARK_SENT made SENT, as the event that announces it. */
    private static NotificationSettled sentOf(ResultSet rs, Instant now) throws SQLException {
        Timestamp dueBy = rs.getTimestamp("due_by");
        return new NotificationSettled(rs.getObject("referral_id", UUID.class), rs.getObject("id", UUID.class),
                rs.getString("reference"), rs.getString("local_authority"), rs.getString("purpose"),
                NotificationSettled.Outcome.SENT, dueBy == null ? null : dueBy.toInstant(),
                rs.getTimestamp("sent_at").toInstant(), now);
    }

    /**
     * Records a failed attempt: retried later with backoff, or FAILED (announced as settled, and the duty manager
     * alerted, in the same transaction) when it was the last attempt or the recipient refused it for good.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void markAttemptFailed(Delivery claimed, String error, boolean permanent) {
        Notification n = Notification.lockPending(claimed.id()).orElse(null);
        if (n == null) {
            return;
        }
        int attempts = n.attemptFailed(error);
        if (permanent || attempts >= config.maxAttempts()) {
            n.giveUp();
            settled.announce(List.of(n.settled(Instant.now())));
            metrics.failed(n.purpose(), permanent ? NotificationMetrics.FailureReason.REFUSED
                    : NotificationMetrics.FailureReason.ATTEMPTS_EXHAUSTED);
            queue.alertDutyManager(n, error + " after " + attempts + " attempt(s)");
        } else {
            n.retryAt(Instant.now().plus(backoff.after(attempts)));
        }
    }
}
