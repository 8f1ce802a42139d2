package org.opendoor.messaging;

import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import javax.sql.DataSource;
import org.jboss.logging.Logger;
import org.opendoor.model.EventEnvelope;

/**
 * Polls topics and hands each event to a handler, committing a partition's offset only after the handler's
 * transaction committed. A poison event is dead-lettered and skipped, so it never blocks its partition; any
 * other failure (database down, say) rewinds the partition and retries with backoff, so nothing is lost.
 *
 * <p>When a poll returns several events they are first tried in one transaction (one commit, one disk flush, for
 * the lot); if any of them fails, that transaction is rolled back and the events are handled one by one as above,
 * so batching never changes what happens to an event, only how many commits it takes.
 *
 * <p>The loop never dies quietly. An event that keeps failing for a reason other than poison is dead-lettered after
 * {@link ConsumerSettings#maxAttempts()} tries, with the reason, so it cannot block its partition for ever. Any other
 * failure (a poll or an offset commit refused: Kafka unreachable past the API timeout, a rebalance) closes the
 * consumer and builds a new one after a backoff; {@link #health()} says so meanwhile, and readiness with it.
 */
public final class EventConsumerLoop implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(EventConsumerLoop.class);
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(100);
    private static final Duration LAG_EVERY = Duration.ofSeconds(10);
    private static final Duration LAG_TIMEOUT = Duration.ofSeconds(2);

    private final Supplier<Consumer<String, String>> consumers;
    private final EventRoutes routes;
    private final TransactionRunner transactions;
    private final DataSource dataSource;
    private final DeadLetters deadLetters;
    private final ConsumerSettings settings;
    private final Thread thread;
    private final AtomicLong handled = new AtomicLong();
    private final AtomicLong deadLettered = new AtomicLong();
    private final AtomicLong rebuilds = new AtomicLong();
    private volatile boolean running = true;
    private volatile Consumer<String, String> current;
    private volatile long lastPollNanos = System.nanoTime();
    private volatile long lag = -1;
    /** Why the consumer was last rebuilt, until it polls again; null while it is healthy. */
    private volatile String failing;
    /** Why the thread ended, when it ended on something the loop could not survive. */
    private volatile String died;

    /** {@code consumers} builds a new Kafka consumer each time the loop needs one (at start and after a failure). */
    public EventConsumerLoop(ConsumerSettings settings, Supplier<Consumer<String, String>> consumers,
            EventRoutes routes, TransactionRunner transactions, DataSource dataSource, DeadLetters deadLetters) {
        this.settings = settings;
        this.consumers = consumers;
        this.routes = routes;
        this.transactions = transactions;
        this.dataSource = dataSource;
        this.deadLetters = deadLetters;
        this.thread = new Thread(this::run, routes.consumer() + "-consumer");
        this.thread.setDaemon(true);
    }

    public void start() {
        lastPollNanos = System.nanoTime();
        thread.start();
    }

    public long handled() {
        return handled.get();
    }

    public long deadLettered() {
        return deadLettered.get();
    }

    /** How many times the consumer was closed and built again after a failure. */
    public long rebuilds() {
        return rebuilds.get();
    }

    /** Events on the consumer's partitions not yet handled, as of its last measure (every 10 s); -1 before one. */
    public long lag() {
        return lag;
    }

    /** Whether the loop is consuming: up only while it runs, is not rebuilding, and polled recently. */
    public Health health() {
        long sincePoll = Duration.ofNanos(System.nanoTime() - lastPollNanos).toSeconds();
        String state;
        if (!thread.isAlive()) {
            state = running && died != null ? "stopped: " + died : "stopped";
        } else if (failing != null) {
            state = "rebuilding the consumer after " + failing;
        } else if (sincePoll > settings.stalledAfter().toSeconds()) {
            state = "no poll for " + sincePoll + " s";
        } else {
            return new Health(routes.consumer(), true, "polling", rebuilds.get(), lag);
        }
        return new Health(routes.consumer(), false, state, rebuilds.get(), lag);
    }

    /** A consumer loop's state, for readiness. */
    public record Health(String consumer, boolean up, String state, long rebuilds, long lag) {
    }

    private void run() {
        Duration backoff = FIRST_BACKOFF;
        try {
            while (running) {
                Consumer<String, String> consumer = null;
                try {
                    consumer = consumers.get();
                    current = consumer;
                    if (!running) {
                        break;
                    }
                    consumer.subscribe(routes.topics());
                    consume(consumer);
                } catch (WakeupException e) {
                    // closing
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                } catch (Exception e) {
                    // a poll or commit refused, a consumer that cannot be built: never the end of the loop
                    rebuilds.incrementAndGet();
                    failing = e.getClass().getSimpleName();
                    LOG.errorf("%s consumer failed (%s: %s); building a new one in %d ms", routes.consumer(),
                            e.getClass().getName(), e.getMessage(), backoff.toMillis());
                    pause(backoff);
                    backoff = longer(backoff);
                } finally {
                    current = null;
                    closeQuietly(consumer);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Throwable t) {
            // an Error: the thread ends, and readiness says why
            died = t.getClass().getSimpleName();
            LOG.errorf(t, "%s consumer stopped", routes.consumer());
        }
    }

    /** Polls and handles until closed; any failure of the consumer itself is thrown to be rebuilt. */
    private void consume(Consumer<String, String> consumer) throws Exception {
        Duration backoff = FIRST_BACKOFF;
        Map<TopicPartition, Attempts> attempts = new HashMap<>();
        long lagMeasuredAt = 0;
        while (running) {
            ConsumerRecords<String, String> records = consumer.poll(settings.pollTimeout());
            lastPollNanos = System.nanoTime();
            failing = null;
            if (lastPollNanos - lagMeasuredAt > LAG_EVERY.toNanos()) {
                lag = lag(consumer);
                lagMeasuredAt = lastPollNanos;
            }
            if (records.count() > 1 && handledInOneTransaction(records)) {
                consumer.commitSync(nextOffsets(records));
                attempts.clear();
                backoff = FIRST_BACKOFF;
                continue;
            }
            Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
            TopicPartition failed = null;
            for (ConsumerRecord<String, String> record : records) {
                TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                if (partition.equals(failed)) {
                    continue;
                }
                try {
                    process(record);
                    done.put(partition, new OffsetAndMetadata(record.offset() + 1));
                    attempts.remove(partition);
                } catch (Exception e) {
                    int tried = attempts.merge(partition, new Attempts(record.offset(), 1), Attempts::then).count();
                    if (tried >= settings.maxAttempts()) {
                        deadLetter(record, "Failed " + tried + " times; the last time: " + e.getClass().getName()
                                + ": " + e.getMessage());
                        done.put(partition, new OffsetAndMetadata(record.offset() + 1));
                        attempts.remove(partition);
                        continue;
                    }
                    LOG.warnf("Event at %s-%d@%d failed (%s), attempt %d of %d; will retry in %d ms", record.topic(),
                            record.partition(), record.offset(), e.getClass().getSimpleName(), tried,
                            settings.maxAttempts(), backoff.toMillis());
                    consumer.seek(partition, record.offset());
                    failed = partition;
                }
            }
            if (!done.isEmpty()) {
                consumer.commitSync(done);
            }
            if (failed != null) {
                pause(backoff);
                backoff = longer(backoff);
            } else {
                backoff = FIRST_BACKOFF;
            }
        }
    }

    /** The tries of the event at one partition's head: a different offset starts counting again. */
    private record Attempts(long offset, int count) {
        Attempts then(Attempts next) {
            return next.offset == offset ? new Attempts(offset, count + 1) : next;
        }
    }

    private long lag(Consumer<String, String> consumer) {
        try {
            Set<TopicPartition> assigned = consumer.assignment();
            Map<TopicPartition, Long> ends = consumer.endOffsets(assigned, LAG_TIMEOUT);
            long behind = 0;
            for (TopicPartition p : assigned) {
                behind += Math.max(0, ends.getOrDefault(p, 0L) - consumer.position(p, LAG_TIMEOUT));
            }
            return behind;
        } catch (WakeupException e) {
            throw e;
        } catch (RuntimeException e) {
            // the measure is only a metric; the poll will say if the consumer itself is failing
            LOG.debugf("Consumer lag not measured (%s)", e.getClass().getSimpleName());
            return lag;
        }
    }

    private Duration longer(Duration backoff) {
        Duration doubled = backoff.multipliedBy(2);
        return doubled.compareTo(settings.maxRetryBackoff()) > 0 ? settings.maxRetryBackoff() : doubled;
    }

    private void pause(Duration d) throws InterruptedException {
        Thread.sleep(d.toMillis());
    }

    private static void closeQuietly(Consumer<String, String> consumer) {
        if (consumer == null) {
            return;
        }
        try {
            consumer.close(Duration.ofSeconds(5));
        } catch (RuntimeException e) {
            LOG.debugf("Closing a failed consumer: %s", e.getClass().getSimpleName());
        }
    }

    /** True when every event of the poll was handled and committed together; false (nothing kept) otherwise. */
    private boolean handledInOneTransaction(ConsumerRecords<String, String> records) {
        List<EventEnvelope> events = new ArrayList<>(records.count());
        try {
            for (ConsumerRecord<String, String> record : records) {
                EventEnvelope event = EventEnvelope.fromJson(record.value());
                event.type();
                events.add(event);
            }
            transactions.inNewTransaction(() -> {
                try (Connection connection = dataSource.getConnection()) {
                    for (EventEnvelope event : events) {
                        routes.handle(connection, event);
                    }
                }
            });
        } catch (Exception e) {
            // unreadable, poison or failing: the one-by-one path below deals with each event on its own
            LOG.debugf("A batch of %d events fell back to one transaction each (%s)", records.count(),
                    e.getClass().getSimpleName());
            return false;
        }
        handled.addAndGet(events.size());
        return true;
    }

    private static Map<TopicPartition, OffsetAndMetadata> nextOffsets(ConsumerRecords<String, String> records) {
        Map<TopicPartition, OffsetAndMetadata> next = new HashMap<>();
        for (ConsumerRecord<String, String> record : records) {
            next.merge(new TopicPartition(record.topic(), record.partition()),
                    new OffsetAndMetadata(record.offset() + 1), (a, b) -> a.offset() > b.offset() ? a : b);
        }
        return next;
    }

    private void process(ConsumerRecord<String, String> record) throws Exception {
        EventEnvelope event;
        try {
            event = EventEnvelope.fromJson(record.value());
            event.type();
        } catch (RuntimeException e) {
            deadLetter(record, "Unreadable event: " + e.getMessage());
            return;
        }
        try {
            deliver(event);
            handled.incrementAndGet();
        } catch (PoisonEventException e) {
            deadLetter(record, e.getMessage());
        }
    }

    /** One event in its own transaction, as the loop handles it when a batch cannot be handled together. */
    public void deliver(EventEnvelope event) throws Exception {
        transactions.inNewTransaction(() -> {
            try (Connection connection = dataSource.getConnection()) {
                routes.handle(connection, event);
            }
        });
    }

    private void deadLetter(ConsumerRecord<String, String> record, String reason) throws Exception {
        deadLetters.park(record, reason);
        deadLettered.incrementAndGet();
        // the reason may quote the message, so it goes to the dead_letter table, not the log
        LOG.errorf("Dead-lettered %s-%d@%d", record.topic(), record.partition(), record.offset());
    }

    @Override
    public void close() {
        running = false;
        Consumer<String, String> consumer = current;
        if (consumer != null) {
            consumer.wakeup();
        }
        try {
            thread.join(5_000);
            if (thread.isAlive()) {
                // waiting out a backoff between consumers
                thread.interrupt();
                thread.join(1_000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
