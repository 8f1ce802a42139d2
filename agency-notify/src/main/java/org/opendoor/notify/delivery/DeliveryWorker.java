package org.opendoor.notify.delivery;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Instance;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;
import org.opendoor.notify.directory.Channel;
import org.opendoor.notify.directory.Directory;
import org.opendoor.notify.directory.Recipient;
import org.opendoor.notify.message.Message;
import org.opendoor.notify.message.Notice;
import org.opendoor.notify.notification.NotificationsQueued;

/**
 * Sends pending notifications. Wakes when a handler commits new ones, and polls besides, so deliveries left
 * pending by a crash resume after a restart. No database transaction is open while a message is sent.
 */
@ApplicationScoped
public class DeliveryWorker {
    private static final Logger LOG = Logger.getLogger(DeliveryWorker.class);

    private final PendingDeliveries pending;
    private final Directory directory;
    private final DeliveryConfig config;
    private final Map<Channel, DeliveryChannel> channels = new EnumMap<>(Channel.class);
    private final Semaphore wakeUp = new Semaphore(0);
    private final ExecutorService senders;
    private volatile boolean running;
    private Thread thread;

    public DeliveryWorker(PendingDeliveries pending, Directory directory, DeliveryConfig config,
            Instance<DeliveryChannel> all) {
        this.pending = pending;
        this.directory = directory;
        this.config = config;
        all.forEach(ch -> channels.put(ch.channel(), ch));
        // the delivery thread sends too, so the pool has one thread fewer
        this.senders = Executors.newFixedThreadPool(Math.max(1, config.senders() - 1), task -> {
            Thread t = new Thread(task, "notification-sender");
            t.setDaemon(true);
            return t;
        });
    }

    void start(@Observes StartupEvent event) {
        resume();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        pause();
        senders.shutdown();
    }

    /** Starts delivering (at start-up, or again after {@link #pause()}). */
    public synchronized void resume() {
        if (running) {
            return;
        }
        running = true;
        thread = new Thread(this::run, "notification-delivery");
        thread.setDaemon(true);
        thread.start();
    }

    /** Stops delivering, as a shutdown or crash would; pending rows stay pending. */
    public synchronized void pause() throws InterruptedException {
        running = false;
        wakeUp.release();
        if (thread != null) {
            thread.join(10_000);
        }
    }

    /** A transaction that queued notifications committed: they are there to claim. */
    void wake(@Observes(during = TransactionPhase.AFTER_SUCCESS) NotificationsQueued queued) {
        wakeUp.release();
    }

    private void run() {
        while (running) {
            try {
                wakeUp.tryAcquire(config.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                wakeUp.drainPermits();
                // a short batch took all that was due: what is committed after it wakes the worker again
                boolean more = true;
                while (running && more) {
                    List<Delivery> due = pending.claimDue(Instant.now(), config.batchSize());
                    deliverAll(due);
                    more = due.size() == config.batchSize();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                LOG.warnf("Delivery round failed: %s", e.getClass().getSimpleName());
            }
        }
    }

    /**
     * Sends a claimed batch at once (this thread sends the first, the pool the rest, so a batch of one costs no
     * hand-over), then records what was accepted in one statement and one transaction.
     */
    private void deliverAll(List<Delivery> due) throws InterruptedException {
        if (due.isEmpty()) {
            return;
        }
        List<Future<PendingDeliveries.Sent>> others = due.subList(1, due.size()).stream()
                .map(n -> senders.submit(() -> deliver(n))).toList();
        List<PendingDeliveries.Sent> sent = new ArrayList<>(due.size());
        PendingDeliveries.Sent first = deliver(due.get(0));
        if (first != null) {
            sent.add(first);
        }
        for (Future<PendingDeliveries.Sent> outcome : others) {
            try {
                PendingDeliveries.Sent s = outcome.get();
                if (s != null) {
                    sent.add(s);
                }
            } catch (ExecutionException e) {
                LOG.warnf("Delivery failed: %s", e.getCause().getClass().getSimpleName());
            }
        }
        if (sent.isEmpty()) {
            return;
        }
        try {
            pending.markSent(sent);
        } catch (Exception e) {
            // the outcome could not be recorded: the leases expire and the rows are tried again
            LOG.warnf("Could not record %d sent notification(s): %s", sent.size(), e.getClass().getSimpleName());
        }
    }

    /** Sends one notification: answers it when accepted; records a failed attempt and answers null otherwise. */
    private PendingDeliveries.Sent deliver(Delivery n) {
        try {
            try {
                return new PendingDeliveries.Sent(n, send(n));
            } catch (DeliveryException e) {
                LOG.warnf("Notification %s (%s) attempt %d failed: %s", n.id(), n.purpose(), n.attempts() + 1,
                        e.getMessage());
                pending.markAttemptFailed(n, e.getMessage(), e.permanent());
            } catch (RuntimeException e) {
                LOG.warnf("Notification %s (%s) attempt %d failed: %s", n.id(), n.purpose(), n.attempts() + 1,
                        e.getClass().getSimpleName());
                pending.markAttemptFailed(n, e.getClass().getSimpleName(), false);
            }
        } catch (Exception e) {
            // the outcome could not be recorded: the lease expires and the row is tried again
            LOG.warnf("Could not record the outcome of notification %s: %s", n.id(), e.getClass().getSimpleName());
        }
        return null;
    }

    /** Sends one notification; answers when it was accepted. */
    private Instant send(Delivery n) throws DeliveryException {
        Notice notice;
        try {
            notice = n.notice();
        } catch (IllegalArgumentException e) {
            throw new DeliveryException("unreadable content", true);
        }
        Message message = Message.of(notice);
        Channel channel = n.channel();
        String secret = null;
        if (channel == Channel.WEBHOOK) {
            secret = n.recipientKind() == null ? null : directory.find(n.recipientKind(), n.recipientKey())
                    .map(Recipient::secret).orElse(null);
            if (secret == null) {
                throw new DeliveryException("no webhook secret for the recipient", true);
            }
        }
        DeliveryChannel sender = channels.get(channel);
        if (sender == null) {
            throw new DeliveryException("channel " + channel + " is not available", true);
        }
        sender.send(new OutgoingMessage(n.id(), n.purpose().name(), n.reference(), n.address(), message.subject(),
                message.body(), n.dueBy(), notice, secret));
        return Instant.now();
    }
}
