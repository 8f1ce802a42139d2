package org.opendoor.notify.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The delivery queue in the notification table. */
@ApplicationScoped
public class PendingDeliveries {
    /** How long a claimed delivery is hidden from other workers; a crashed worker's claim expires. */
    private static final Duration CLAIM = Duration.ofSeconds(60);
    private static final int MAX_ATTEMPTS = 5;

    /** Claims up to {@code limit} due deliveries; concurrent workers get disjoint sets. */
    @Transactional
    public List<Notification> claimDue(Instant now, int limit) {
        @SuppressWarnings("unchecked")
        List<Notification> due = Notification.getEntityManager().createNativeQuery("""
                SELECT * FROM notification WHERE status = 'PENDING' AND next_attempt_at <= ?1
                ORDER BY next_attempt_at LIMIT ?2 FOR UPDATE SKIP LOCKED""", Notification.class)
                .setParameter(1, now).setParameter(2, limit).getResultList();
        due.forEach(n -> n.nextAttemptAt = now.plus(CLAIM));
        return due;
    }

    @Transactional
    public void markSent(UUID id, Instant at) {
        Notification n = Notification.findById(id);
        n.status = Notification.SENT;
        n.attempts++;
        n.sentAt = at;
        n.lastError = null;
    }

    @Transactional
    public void markAttemptFailed(UUID id, String error) {
        Notification n = Notification.findById(id);
        n.attempts++;
        n.lastError = error;
        if (n.attempts >= MAX_ATTEMPTS) {
            n.status = Notification.FAILED;
        } else {
            n.nextAttemptAt = Instant.now().plus(Duration.ofSeconds(1L << n.attempts));
        }
    }
}
