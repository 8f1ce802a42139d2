package org.opendoor.notify;

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
import org.opendoor.model.CaseEscalated;
import org.opendoor.model.CaseTransferred;
import org.opendoor.model.EventEnvelope;
import org.opendoor.model.EventType;
import org.opendoor.model.ReferralDecided;
import org.opendoor.model.ReferralReceived;
import org.opendoor.model.ReferralTriaged;
import org.opendoor.notify.decision.ReferralDecidedHandler;
import org.opendoor.notify.escalation.CaseEscalatedHandler;
import org.opendoor.notify.received.ReferralReceivedHandler;
import org.opendoor.notify.transfer.CaseTransferredHandler;
import org.opendoor.notify.triage.ReferralTriagedHandler;

/**
 * Notify's Kafka side: one consumer loop over intake's and triage's topics, each event type to its handler; and its
 * outbox, which publishes the notifications it has finished with ({@code NotificationSettled}).
 */
@ApplicationScoped
public class Messaging {
    private final ServiceMessaging messaging;
    private final EventRoutes routes;

    public Messaging(AgroalDataSource dataSource, EntityManager entityManager, MeterRegistry registry,
            UserTransaction transaction,
            ConsumerSettings consumer, @Identifier("default-kafka-broker") Map<String, Object> kafka,
            ReferralReceivedHandler received, ReferralTriagedHandler triaged, ReferralDecidedHandler decided,
            CaseEscalatedHandler escalated, CaseTransferredHandler transferred) {
        this.messaging = new ServiceMessaging("agency-notify", "notify", kafka, consumer, dataSource, registry,
                TransactionRunner.jta(transaction));
        this.routes = new EventRoutes(consumer.group())
                .on(EventType.REFERRAL_RECEIVED, ReferralReceived.class, received::handle)
                .on(EventType.REFERRAL_TRIAGED, ReferralTriaged.class, triaged::handle)
                .on(EventType.REFERRAL_DECIDED, ReferralDecided.class, decided::handle)
                .on(EventType.CASE_ESCALATED, CaseEscalated.class, escalated::handle)
                .on(EventType.CASE_TRANSFERRED, CaseTransferred.class, transferred::handle)
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
