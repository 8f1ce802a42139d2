package org.opendoor.intake;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.opendoor.messaging.ServiceMessaging;

/** Intake's Kafka side: publishes its outbox. */
@ApplicationScoped
public class Messaging {
    private final ServiceMessaging messaging;

    public Messaging(AgroalDataSource dataSource, MeterRegistry registry,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.messaging = new ServiceMessaging("referral-intake", "intake", bootstrapServers, dataSource, registry);
    }

    void start(@Observes StartupEvent event) {
        messaging.publishOutbox();
    }

    void stop(@Observes ShutdownEvent event) {
        messaging.close();
    }
}
