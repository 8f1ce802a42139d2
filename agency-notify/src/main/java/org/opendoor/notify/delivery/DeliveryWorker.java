package org.opendoor.notify.delivery;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;
import org.opendoor.notify.directory.Channel;
import org.opendoor.notify.directory.Directory;
import org.opendoor.notify.directory.Recipient;
import org.opendoor.notify.message.Message;
import org.opendoor.notify.message.Notice;
import org.opendoor.notify.notification.NotificationsQueued;

/**
 * Sends pending notifications. Wakes when a handler commits new ones, or a sender comes free, and polls besides, so
 * deliveries left pending by a crash resume after a restart. No database transaction is open while a message is
 * sent.
 *
 * <p>It claims only as many deliveries as it has free senders, each sender starts its delivery at once and records
 * it as soon as it completes, and it waits for no send longer than {@code send-deadline}. So a claim (leased for at
 * least twice that) always outlives the work it covers, one hung recipient holds one sender for a bounded time, and
 * a delivery-failed alert is claimed by the next free sender rather than after a whole batch.
 */
@ApplicationScoped
public class DeliveryWorker {
    private static final Logger LOG = Logger.getLogger(DeliveryWorker.class);
    /** Left of a claim when the worker stops trying to record its outcome, so no other worker has taken it yet. */
    private static final Duration RECORD_MARGIN = Duration.ofSeconds(2);
    private static final Duration MAX_RECORD_PAUSE = Duration.ofSeconds(2);

    private final PendingDeliveries pending;
    private final Directory directory;
    private final DeliveryConfig config;
    private final RecipientCircuits circuits;
    private final Map<Channel, DeliveryChannel> channels = new EnumMap<>(Channel.class);
    private final Semaphore wakeUp = new Semaphore(0);
    /** Free senders; only the delivery thread takes them. */
    private final Semaphore free;
    /** Each claimed delivery from start to record. */
    private final ExecutorService senders;
    /** The channels' calls, which a sender stops waiting for at the deadline. */
    private final ExecutorService calls;
    private volatile boolean running;
    private Thread thread;

    @Inject
    public DeliveryWorker(PendingDeliveries pending, Directory directory, DeliveryConfig config,
            RecipientCircuits circuits, Instance<DeliveryChannel> all) {
        this(pending, directory, config, circuits, (Iterable<DeliveryChannel>) all);
    }

    /** A worker over the given channels (several workers may share the queue, as several instances do). */
    public DeliveryWorker(PendingDeliveries pending, Directory directory, DeliveryConfig config,
            RecipientCircuits circuits, Iterable<DeliveryChannel> all) {
        checkWaits(config);
        this.pending = pending;
        this.directory = directory;
        this.config = config;
        this.circuits = circuits;
        all.forEach(ch -> channels.put(ch.channel(), ch));
        this.free = new Semaphore(config.senders());
        this.senders = Executors.newFixedThreadPool(config.senders(), daemon("notification-sender"));
        // a call the deadline gave up on ends by the channel's own timeouts; its thread is not reused until then
        this.calls = Executors.newCachedThreadPool(daemon("notification-call"));
    }

    /** Fails the start on waits that would let a claim expire while its delivery is still being sent. */
    static void checkWaits(DeliveryConfig config) {
        if (config.senders() < 2) {
            throw new IllegalStateException("notify.delivery.senders is " + config.senders()
                    + ": at least 2, so one slow recipient does not hold up the others");
        }
        if (config.sendDeadline().compareTo(config.sendTimeout()) <= 0) {
            throw new IllegalStateException("notify.delivery.send-deadline (" + config.sendDeadline()
                    + ") must be longer than notify.delivery.send-timeout (" + config.sendTimeout() + ")");
        }
        if (config.claimLease().compareTo(config.sendDeadline().multipliedBy(2)) < 0) {
            throw new IllegalStateException("notify.delivery.claim-lease (" + config.claimLease()
                    + ") must be at least twice notify.delivery.send-deadline (" + config.sendDeadline()
                    + "), so a claim outlives the send it covers and the record of it");
        }
    }

    void start(@Observes StartupEvent event) {
        resume();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        pause();
        senders.shutdown();
        calls.shutdownNow();
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

    /**
     * Stops claiming, as a shutdown or crash would; pending rows stay pending. Sends already started finish (or
     * reach their deadline) and are recorded.
     */
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
                // claiming fewer than were free took all that was due; a sender coming free wakes the loop again
                int idle = free.availablePermits();
                while (running && idle > 0) {
                    List<Delivery> due = pending.claimDue(Instant.now(), idle);
                    due.forEach(this::start);
                    idle = due.size() < idle ? 0 : free.availablePermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                LOG.warnf("Delivery round failed: %s", e.getClass().getSimpleName());
            }
        }
    }

    /** Hands a claimed delivery to a free sender (there is one: only this thread takes them). */
    private void start(Delivery n) {
        free.acquireUninterruptibly();
        senders.execute(() -> {
            try {
                deliver(n);
            } finally {
                free.release();
                wakeUp.release();
            }
        });
    }

    /** Sends one notification and records the outcome at once. */
    private void deliver(Delivery n) {
        Future<Instant> call = calls.submit(() -> send(n));
        try {
            Instant at = call.get(config.sendDeadline().toMillis(), TimeUnit.MILLISECONDS);
            record(n, "that it was sent", () -> pending.markSent(List.of(new PendingDeliveries.Sent(n, at))));
        } catch (TimeoutException e) {
            call.cancel(true);
            failed(n, "no answer within " + seconds(config.sendDeadline()), false);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RecipientCircuits.Open open) {
                record(n, "its postponement", () -> pending.postpone(n, open.getMessage()));
            } else if (cause instanceof DeliveryException d) {
                failed(n, d.getMessage(), d.permanent());
            } else {
                failed(n, cause.getClass().getSimpleName(), false);
            }
        } catch (InterruptedException e) {
            // shutting down: the lease expires and the row is tried again
            call.cancel(true);
            Thread.currentThread().interrupt();
        }
    }

    private void failed(Delivery n, String reason, boolean permanent) {
        LOG.warnf("Notification %s (%s) attempt %d failed: %s", n.id(), n.purpose(), n.attempts() + 1, reason);
        record(n, "the failed attempt", () -> pending.markAttemptFailed(n, reason, permanent));
    }

    /**
     * Records an outcome, trying again while the claim holds: a database restart must neither hold the notification
     * until its lease expires nor have it sent twice. Past the lease another worker may have claimed it, so the row
     * is left to be tried again.
     */
    private void record(Delivery n, String what, Recording recording) {
        long pauseMillis = 100;
        while (true) {
            try {
                recording.run();
                return;
            } catch (Exception e) {
                if (Instant.now().plusMillis(pauseMillis).plus(RECORD_MARGIN).isAfter(n.claimExpires())) {
                    LOG.warnf("Could not record %s for notification %s (%s); it is tried again when its claim "
                            + "expires", what, n.id(), e.getClass().getSimpleName());
                    return;
                }
            }
            try {
                Thread.sleep(pauseMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            pauseMillis = Math.min(pauseMillis * 2, MAX_RECORD_PAUSE.toMillis());
        }
    }

    /** Writes the outcome of one delivery. */
    @FunctionalInterface
    private interface Recording {
        void run() throws Exception;
    }

    /** Sends one notification through its recipient's circuit; answers when it was accepted. */
    private Instant send(Delivery n) throws DeliveryException, RecipientCircuits.Open {
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
        OutgoingMessage outgoing = new OutgoingMessage(n.id(), n.purpose().name(), n.reference(), n.address(),
                message.subject(), message.body(), n.dueBy(), notice, secret);
        circuits.send(n, () -> sender.send(outgoing));
        return Instant.now();
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return task -> {
            Thread t = new Thread(task, name);
            t.setDaemon(true);
            return t;
        };
    }
}
