package org.opendoor.intake.outbox;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.opendoor.messaging.KafkaClients;
import org.opendoor.messaging.OutboxRelay;

/** Runs intake's outbox relay and reports its backlog as metrics. */
@ApplicationScoped
public class IntakeOutbox {
    private final AgroalDataSource dataSource;
    private final MeterRegistry registry;
    private final String bootstrapServers;
    private KafkaProducer<String, String> producer;
    private OutboxRelay relay;

    public IntakeOutbox(AgroalDataSource dataSource, MeterRegistry registry,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.dataSource = dataSource;
        this.registry = registry;
        this.bootstrapServers = bootstrapServers;
    }

    void start(@Observes StartupEvent event) {
        producer = KafkaClients.producer(bootstrapServers, "referral-intake-outbox");
        relay = new OutboxRelay(dataSource, producer, "intake", Duration.ofMillis(500), 200);
        relay.start();
        Gauge.builder("opendoor_outbox_backlog_events", relay, r -> r.backlog().events())
                .description("Events stored but not yet acknowledged by Kafka").register(registry);
        Gauge.builder("opendoor_outbox_oldest_age_seconds", relay, r -> r.backlog().oldestAge().toMillis() / 1000.0)
                .description("Age of the oldest unpublished event").register(registry);
    }

    void stop(@Observes ShutdownEvent event) {
        relay.close();
        producer.close(Duration.ofSeconds(5));
    }
}
