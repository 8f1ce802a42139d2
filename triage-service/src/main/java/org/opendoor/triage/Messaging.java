package org.opendoor.triage;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.UserTransaction;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.opendoor.messaging.ServiceMessaging;
import org.opendoor.messaging.TransactionRunner;
import org.opendoor.model.Topics;
import org.opendoor.triage.intake.ReferralReceivedHandler;

/** Triage's Kafka side: consumes received referrals, publishes its outbox. */
@ApplicationScoped
public class Messaging {
    public static final String CONSUMER = "triage-service";
    private final ServiceMessaging messaging;
    private final ReferralReceivedHandler receivedHandler;

    public Messaging(AgroalDataSource dataSource, MeterRegistry registry, UserTransaction transaction,
            ReferralReceivedHandler receivedHandler,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.messaging = new ServiceMessaging(CONSUMER, "triage", bootstrapServers, dataSource, registry,
                TransactionRunner.jta(transaction));
        this.receivedHandler = receivedHandler;
    }

    void start(@Observes StartupEvent event) {
        messaging.publishOutbox().consume(List.of(Topics.REFERRAL_RECEIVED), receivedHandler::handle);
    }

    void stop(@Observes ShutdownEvent event) {
        messaging.close();
    }
}
