package org.opendoor.intake;

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
import org.opendoor.intake.feedback.CaseProgressHandler;
import org.opendoor.messaging.ConsumerSettings;
import org.opendoor.messaging.EventRoutes;
import org.opendoor.messaging.ServiceMessaging;
import org.opendoor.messaging.TransactionRunner;
import org.opendoor.model.CaseTransferred;
import org.opendoor.model.EventEnvelope;
import org.opendoor.model.EventType;
import org.opendoor.model.ReferralDecided;
import org.opendoor.model.ReferralTriaged;
import org.opendoor.model.SourceCodeCorrected;

/** Intake's Kafka side: publishes its outbox; learns what became of each referral, for feedback to referrers. */
@ApplicationScoped
public class Messaging {
    private final ServiceMessaging messaging;
    private final EventRoutes routes;

    public Messaging(AgroalDataSource dataSource, EntityManager entityManager, MeterRegistry registry,
            UserTransaction transaction,
            ConsumerSettings consumer, @Identifier("default-kafka-broker") Map<String, Object> kafka,
            CaseProgressHandler progress) {
        this.messaging = new ServiceMessaging("referral-intake", "intake", kafka, consumer, dataSource, registry,
                TransactionRunner.jta(transaction));
        this.routes = new EventRoutes(consumer.group())
                .on(EventType.REFERRAL_TRIAGED, ReferralTriaged.class, progress::triaged)
                .on(EventType.REFERRAL_DECIDED, ReferralDecided.class, progress::decided)
                .on(EventType.CASE_TRANSFERRED, CaseTransferred.class, progress::transferred)
                .on(EventType.SOURCE_CODE_CORRECTED, SourceCodeCorrected.class, progress::corrected)
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
