package org.opendoor.messaging;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.KafkaProducer;

/**
 * A service's Kafka side, in one piece: the outbox relay that publishes what the service committed, the
 * consumer loops that feed it events, and their metrics. Services start it at start-up and close it at shutdown.
 */
public final class ServiceMessaging implements AutoCloseable {
    private final String service;
    private final String schema;
    private final String bootstrapServers;
    private final DataSource dataSource;
    private final MeterRegistry registry;
    private final TransactionRunner transactions;
    private final KafkaProducer<String, String> producer;
    private final List<EventConsumerLoop> consumers = new ArrayList<>();
    private OutboxRelay relay;

    /** {@code transactions} starts the transaction a batch of consumed events is first tried in. */
    public ServiceMessaging(String service, String schema, String bootstrapServers, DataSource dataSource,
            MeterRegistry registry, TransactionRunner transactions) {
        this.service = service;
        this.schema = schema;
        this.bootstrapServers = bootstrapServers;
        this.dataSource = dataSource;
        this.registry = registry;
        this.transactions = transactions;
        this.producer = KafkaClients.producer(bootstrapServers, service);
    }

    /** Starts publishing the service's outbox, and reports its backlog. */
    public ServiceMessaging publishOutbox() {
        relay = new OutboxRelay(dataSource, producer, schema, Duration.ofMillis(500), 200);
        relay.start();
        Gauge.builder("opendoor_outbox_backlog_events", relay, r -> r.backlog().events())
                .description("Events committed but not yet acknowledged by Kafka").register(registry);
        Gauge.builder("opendoor_outbox_oldest_age_seconds", relay, r -> r.backlog().oldestAge().toMillis() / 1000.0)
                .description("Age of the oldest unpublished event").register(registry);
        return this;
    }

    /** Consumes the topics in the service's consumer group; poison events are dead-lettered and counted. */
    public ServiceMessaging consume(Collection<String> topics, EventHandler handler) {
        EventConsumerLoop loop = new EventConsumerLoop(service, KafkaClients.consumer(bootstrapServers, service),
                topics, handler, transactions, new DeadLetters(dataSource, producer, service));
        FunctionCounter.builder("opendoor_events_handled", loop, EventConsumerLoop::handled)
                .tag("consumer", service).description("Events handled").register(registry);
        FunctionCounter.builder("opendoor_events_dead_lettered", loop, EventConsumerLoop::deadLettered)
                .tag("consumer", service).description("Poison events parked on the dead-letter topic")
                .register(registry);
        consumers.add(loop);
        loop.start();
        return this;
    }

    @Override
    public void close() {
        consumers.forEach(EventConsumerLoop::close);
        if (relay != null) {
            relay.close();
        }
        producer.close(Duration.ofSeconds(5));
    }
}
