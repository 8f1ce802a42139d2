package org.opendoor.intake;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.UserTransaction;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.opendoor.intake.feedback.CaseProgressHandler;
import org.opendoor.messaging.ServiceMessaging;
import org.opendoor.messaging.TransactionRunner;
import org.opendoor.model.Topics;

/** Intake's Kafka side: publishes its outbox; learns triage and decision outcomes for feedback to referrers. */
@ApplicationScoped
public class Messaging {
    public static final String CONSUMER = "referral-intake";
    private final ServiceMessaging messaging;
    private final CaseProgressHandler progressHandler;

    public Messaging(AgroalDataSource dataSource, MeterRegistry registry, UserTransaction transaction,
            CaseProgressHandler progressHandler,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.messaging = new ServiceMessaging(CONSUMER, "intake", bootstrapServers, dataSource, registry,
                TransactionRunner.jta(transaction));
        this.progressHandler = progressHandler;
    }

    void start(@Observes StartupEvent event) {
        messaging.publishOutbox()
                .consume(List.of(Topics.REFERRAL_TRIAGED, Topics.REFERRAL_DECIDED, Topics.CASE_TRANSFERRED,
                        Topics.SOURCE_CODE_CORRECTED), progressHandler::handle);
    }

    void stop(@Observes ShutdownEvent event) {
        messaging.close();
    }
}
