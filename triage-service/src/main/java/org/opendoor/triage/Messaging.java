package org.opendoor.triage;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.transaction.UserTransaction;
import java.util.Map;
import org.opendoor.messaging.ConsumerSettings;
import org.opendoor.messaging.EventRoutes;
import org.opendoor.messaging.ServiceMessaging;
import org.opendoor.messaging.TransactionRunner;
import org.opendoor.model.EventEnvelope;
import org.opendoor.model.EventType;
import org.opendoor.model.ReferralReceived;
import org.opendoor.triage.intake.ReferralReceivedHandler;

/** Triage's Kafka side: consumes received referrals, publishes its outbox. */
@ApplicationScoped
public class Messaging {
    private final ServiceMessaging messaging;
    private final EventRoutes routes;

    public Messaging(AgroalDataSource dataSource, EntityManager entityManager, MeterRegistry registry,
            UserTransaction transaction,
            ConsumerSettings consumer, @Identifier("default-kafka-broker") Map<String, Object> kafka,
            ReferralReceivedHandler received) {
        this.messaging = new ServiceMessaging("triage-service", "triage", kafka, consumer, dataSource, registry,
                TransactionRunner.jta(transaction));
        this.routes = new EventRoutes(consumer.group())
                .on(EventType.REFERRAL_RECEIVED, ReferralReceived.class, received::handle)
                // each event's entities are written and forgotten before the next event of a batch
                .afterEach(() -> {
                    entityManager.flush();
                    entityManager.clear();
                });
    }

    /** The service's messaging, for the shared readiness check of its consumer loops ({@code ConsumerReadiness}). */
    @Produces
    @Singleton
    ServiceMessaging serviceMessaging() {
        return messaging;
    }

    void start(@Observes StartupEvent event) {
        messaging.publishOutbox().consume(routes);
    }

    void stop(@Observes ShutdownEvent event) {
        messaging.close();
    }

    /** Handles one event as the consumer does (for tests that drive the handlers without the broker). */
    public void deliver(EventEnvelope event) throws Exception {
        messaging.deliver(event);
    }
}
