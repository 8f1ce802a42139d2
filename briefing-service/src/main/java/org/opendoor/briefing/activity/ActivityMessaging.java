package org.opendoor.briefing.activity;

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
import org.opendoor.model.NotificationSettled;
import org.opendoor.model.ReferralDecided;
import org.opendoor.model.ReferralReceived;
import org.opendoor.model.ReferralTriaged;
import org.opendoor.model.SourceCodeCorrected;

/** The briefing's Kafka side: one consumer loop over the events it counts. It publishes nothing. */
@ApplicationScoped
public class ActivityMessaging {
    private final ServiceMessaging messaging;
    private final EventRoutes routes;

    public ActivityMessaging(AgroalDataSource dataSource, EntityManager entityManager, MeterRegistry registry,
            UserTransaction transaction, ConsumerSettings consumer,
            @Identifier("default-kafka-broker") Map<String, Object> kafka, ActivityRecorder recorder) {
        this.messaging = new ServiceMessaging("briefing-service", "briefing", kafka, consumer, dataSource, registry,
                TransactionRunner.jta(transaction));
        this.routes = new EventRoutes(consumer.group())
                .on(EventType.REFERRAL_RECEIVED, ReferralReceived.class, recorder::received)
                .on(EventType.REFERRAL_TRIAGED, ReferralTriaged.class, recorder::triaged)
                .on(EventType.REFERRAL_DECIDED, ReferralDecided.class, recorder::decided)
                .on(EventType.SOURCE_CODE_CORRECTED, SourceCodeCorrected.class, recorder::sourceCodeCorrected)
                .on(EventType.NOTIFICATION_SETTLED, NotificationSettled.class, recorder::settled)
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
        // the outbox relays nothing of its own, but a dead letter replayed here goes back to its topic through it
        messaging.publishOutbox().consume(routes);
    }

    void stop(@Observes ShutdownEvent event) {
        messaging.close();
    }

    /** Handles one event as the consumer does (for tests that drive the recorder without the broker). */
    public void deliver(EventEnvelope event) throws Exception {
        messaging.deliver(event);
    }
}
