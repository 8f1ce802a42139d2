package org.opendoor.messaging;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.opendoor.model.EventEnvelope;

/**
 * A service's Kafka side, in one piece: the outbox relay that publishes what the service committed, the
 * consumer loops that feed it events, and their metrics. Services start it at start-up and close it at shutdown.
 */
public final class ServiceMessaging implements AutoCloseable {
    private final String service;
    private final String schema;
    private final Map<String, Object> kafka;
    private final ConsumerSettings consumerSettings;
    private final DataSource dataSource;
    private final MeterRegistry registry;
    private final TransactionRunner transactions;
    private final KafkaProducer<String, String> producer;
    private final List<EventConsumerLoop> consumers = new ArrayList<>();
    private OutboxRelay relay;

    /**
     * @param kafka        the service's Kafka client configuration ({@code kafka.*}, as quarkus-kafka-client reads it:
     *                     bootstrap servers, TLS, SASL); OpenDoor's reliability settings are laid over it
     * @param transactions starts the transaction consumed events are handled in
     */
    public ServiceMessaging(String service, String schema, Map<String, Object> kafka, ConsumerSettings consumerSettings,
            DataSource dataSource, MeterRegistry registry, TransactionRunner transactions) {
        this.service = service;
        this.schema = schema;
        this.kafka = Map.copyOf(kafka);
        this.consumerSettings = consumerSettings;
        this.dataSource = dataSource;
        this.registry = registry;
        this.transactions = transactions;
        this.producer = KafkaClients.producer(this.kafka, service);
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

    /** Consumes the routes' topics in the consumer group; poison events are dead-lettered and counted. */
    public ServiceMessaging consume(EventRoutes routes) {
        EventConsumerLoop loop = new EventConsumerLoop(consumerSettings,
                () -> KafkaClients.consumer(kafka, consumerSettings), routes, transactions, dataSource,
                new DeadLetters(dataSource, producer, service));
        FunctionCounter.builder("opendoor_events_handled", loop, EventConsumerLoop::handled)
                .tag("consumer", routes.consumer()).description("Events handled").register(registry);
        FunctionCounter.builder("opendoor_events_dead_lettered", loop, EventConsumerLoop::deadLettered)
                .tag("consumer", routes.consumer()).description("Poison events parked on the dead-letter topic")
                .register(registry);
        FunctionCounter.builder("opendoor_consumer_rebuilds", loop, EventConsumerLoop::rebuilds)
                .tag("consumer", routes.consumer()).description("Times the Kafka consumer failed and was built again")
                .register(registry);
        Gauge.builder("opendoor_consumer_lag_events", loop, EventConsumerLoop::lag).tag("consumer", routes.consumer())
                .description("Events on the consumer's partitions not yet handled (-1 until first measured)")
                .register(registry);
        consumers.add(loop);
        loop.start();
        return this;
    }

    /** Each consumer loop's state: readiness is down while any of them is not consuming, if they gate it. */
    public List<EventConsumerLoop.Health> consumerHealth() {
        return consumers.stream().map(EventConsumerLoop::health).toList();
    }

    /** Whether a consumer that is not consuming makes the service not ready ({@link ConsumerSettings#gatesReadiness}). */
    public boolean consumersGateReadiness() {
        return consumerSettings.gatesReadiness();
    }

    /**
     * Handles one event as the consumer would, in its own transaction, without Kafka: for tests that drive a
     * service's handlers directly, so they take the same path (inbox guard, typed payload, handler).
     */
    public void deliver(EventEnvelope event) throws Exception {
        if (consumers.isEmpty()) {
            throw new IllegalStateException(service + " consumes nothing");
        }
        consumers.get(0).deliver(event);
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
