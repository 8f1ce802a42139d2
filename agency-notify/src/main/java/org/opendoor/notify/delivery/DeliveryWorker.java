package org.opendoor.notify.delivery;

import com.fasterxml.jackson.core.type.TypeReference;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.opendoor.model.Json;
import org.opendoor.notify.email.EmailChannel;
import org.opendoor.notify.email.Templates;

/**
 * Sends pending notifications. Wakes when a handler commits new ones, and polls besides, so deliveries left
 * pending by a crash resume after a restart.
 */
@ApplicationScoped
public class DeliveryWorker {
    private static final Logger LOG = Logger.getLogger(DeliveryWorker.class);

    private final PendingDeliveries pending;
    private final EmailChannel email;
    private final Templates templates;
    private final TransactionSynchronizationRegistry transactions;
    private final String linkBase;
    private final Semaphore wakeUp = new Semaphore(0);
    private volatile boolean running;
    private Thread thread;

    public DeliveryWorker(PendingDeliveries pending, EmailChannel email, Templates templates,
            TransactionSynchronizationRegistry transactions,
            @ConfigProperty(name = "opendoor.link-base", defaultValue = "http://localhost:8082") String linkBase) {
        this.pending = pending;
        this.email = email;
        this.templates = templates;
        this.transactions = transactions;
        this.linkBase = linkBase;
    }

    void start(@Observes StartupEvent event) {
        running = true;
        thread = new Thread(this::run, "notification-delivery");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        wakeUp.release();
        thread.join(5_000);
    }

    /** Call inside a transaction that queued notifications: the worker wakes once they are committed. */
    public void wakeAfterCommit() {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    wakeUp.release();
                }
            }
        });
    }

    private void run() {
        while (running) {
            try {
                wakeUp.tryAcquire(500, TimeUnit.MILLISECONDS);
                wakeUp.drainPermits();
                List<Notification> due;
                while (running && !(due = pending.claimDue(Instant.now(), 50)).isEmpty()) {
                    due.forEach(this::deliver);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warnf("Delivery round failed: %s", e.getClass().getSimpleName());
            }
        }
    }

    private void deliver(Notification n) {
        try {
            Map<String, Object> data = new HashMap<>(Json.mapper().readValue(n.content, new TypeReference<Map<String, Object>>() {
            }));
            data.put("link", linkBase + "/api/v1/cases/by-referral/" + n.referralId);
            Templates.Rendered message = templates.render(n.purpose, data);
            email.send(n.recipient, message.subject(), message.body(), n.id.toString());
            pending.markSent(n.id, Instant.now());
        } catch (Exception e) {
            LOG.warnf("Notification %s (%s) attempt failed: %s", n.id, n.purpose, e.getClass().getSimpleName());
            pending.markAttemptFailed(n.id, e.getClass().getSimpleName());
        }
    }
}
