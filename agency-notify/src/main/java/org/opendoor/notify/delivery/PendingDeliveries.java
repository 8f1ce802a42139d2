package org.opendoor.notify.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.opendoor.notify.notification.Notification;
import org.opendoor.notify.notification.NotificationMetrics;
import org.opendoor.notify.notification.NotificationQueue;

/**
 * The delivery queue in the notification table. A worker claims due rows with a lease in one short transaction and
 * sends with no transaction open; an expired lease (a crashed worker) makes the row due again.
 */
@ApplicationScoped
public class PendingDeliveries {
    private final DeliveryConfig config;
    private final NotificationQueue queue;
    private final NotificationMetrics metrics;
    private final Backoff backoff;

    public PendingDeliveries(DeliveryConfig config, NotificationQueue queue, NotificationMetrics metrics) {
        this.config = config;
        this.queue = queue;
        this.metrics = metrics;
        this.backoff = new Backoff(config.initialBackoff(), config.maxBackoff(), config.jitter(),
                () -> ThreadLocalRandom.current().nextDouble());
    }

    /** Claims up to {@code limit} due deliveries; concurrent workers get disjoint sets. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Notification> claimDue(Instant now, int limit) {
        List<Notification> due = Notification.lockDue(now, limit);
        due.forEach(n -> n.leaseUntil(now.plus(config.claimLease())));
        return due;
    }

    /** A notification the recipient's channel accepted, and when. */
    public record Sent(Notification notification, Instant at) {
    }

    /** Records deliveries in one transaction; one still pending (not failed or sent meanwhile) becomes SENT. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void markSent(List<Sent> sent) {
        if (sent.isEmpty()) {
            return;
        }
        Map<UUID, Instant> at = sent.stream()
                .collect(Collectors.toMap(s -> s.notification().id(), Sent::at, (a, b) -> a));
        for (Notification n : Notification.lockPending(List.copyOf(at.keySet()))) {
            n.sent(at.get(n.id()));
            metrics.sent(n);
        }
    }

    /**
     * Records a failed attempt: retried later with backoff, or FAILED (with the duty manager alerted in the same
     * transaction) when it was the last attempt or the recipient refused it for good.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void markAttemptFailed(Notification claimed, String error, boolean permanent) {
        List<Notification> pending = Notification.lockPending(List.of(claimed.id()));
        if (pending.isEmpty()) {
            return;
        }
        Notification n = pending.get(0);
        int attempts = n.attemptFailed(error);
        if (permanent || attempts >= config.maxAttempts()) {
            n.giveUp();
            metrics.failed(n.purpose(), permanent ? NotificationMetrics.FailureReason.REFUSED
                    : NotificationMetrics.FailureReason.ATTEMPTS_EXHAUSTED);
            queue.alertDutyManager(n, error + " after " + attempts + " attempt(s)");
        } else {
            n.retryAt(Instant.now().plus(backoff.after(attempts)));
        }
    }
}
