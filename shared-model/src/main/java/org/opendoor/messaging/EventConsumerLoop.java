package org.opendoor.messaging;

import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 */
public final class EventConsumerLoop implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(EventConsumerLoop.class);

    private final Consumer<String, String> consumer;
    private final EventRoutes routes;
    private final TransactionRunner transactions;
    private final DataSource dataSource;
    private final DeadLetters deadLetters;
    private final ConsumerSettings settings;
    private final Thread thread;
    private final AtomicLong handled = new AtomicLong();
    private final AtomicLong deadLettered = new AtomicLong();
    private volatile boolean running = true;

    public EventConsumerLoop(ConsumerSettings settings, Consumer<String, String> consumer, EventRoutes routes,
            TransactionRunner transactions, DataSource dataSource, DeadLetters deadLetters) {
        this.settings = settings;
        this.consumer = consumer;
        this.routes = routes;
        this.transactions = transactions;
        this.dataSource = dataSource;
        this.deadLetters = deadLetters;
        this.thread = new Thread(this::run, routes.consumer() + "-consumer");
        this.thread.setDaemon(true);
    }

    public void start() {
        thread.start();
    }

    public long handled() {
        return handled.get();
    }

    public long deadLettered() {
        return deadLettered.get();
    }

    private void run() {
        consumer.subscribe(routes.topics());
        Duration backoff = Duration.ofMillis(100);
        try {
            while (running) {
                ConsumerRecords<String, String> records = consumer.poll(settings.pollTimeout());
                if (records.count() > 1 && handledInOneTransaction(records)) {
                    consumer.commitSync(nextOffsets(records));
                    backoff = Duration.ofMillis(100);
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
                    } catch (Exception e) {
                        LOG.warnf("Event at %s-%d@%d failed (%s); will retry in %d ms", record.topic(),
                                record.partition(), record.offset(), e.getClass().getSimpleName(), backoff.toMillis());
                        consumer.seek(partition, record.offset());
                        failed = partition;
                    }
                }
                if (!done.isEmpty()) {
                    consumer.commitSync(done);
                }
                if (failed != null) {
                    Thread.sleep(backoff.toMillis());
                    backoff = backoff.multipliedBy(2).compareTo(settings.maxRetryBackoff()) > 0
                            ? settings.maxRetryBackoff() : backoff.multipliedBy(2);
                } else {
                    backoff = Duration.ofMillis(100);
                }
            }
        } catch (WakeupException e) {
            // closing
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            consumer.close();
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
        consumer.wakeup();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
