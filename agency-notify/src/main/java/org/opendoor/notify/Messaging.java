package org.opendoor.notify;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.UserTransaction;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.opendoor.messaging.PoisonEventException;
import org.opendoor.messaging.ServiceMessaging;
import org.opendoor.messaging.TransactionRunner;
import org.opendoor.model.EventEnvelope;
import org.opendoor.model.Topics;
import org.opendoor.notify.decision.ReferralDecidedHandler;
import org.opendoor.notify.escalation.CaseEscalatedHandler;
import org.opendoor.notify.event.EventInbox;
import org.opendoor.notify.received.ReferralReceivedHandler;
import org.opendoor.notify.transfer.CaseTransferredHandler;
import org.opendoor.notify.triage.ReferralTriagedHandler;

/** Notify's Kafka side: one consumer loop over intake's and triage's topics, each event to its handler. */
@ApplicationScoped
public class Messaging {
    private final ServiceMessaging messaging;
    private final ReferralReceivedHandler received;
    private final ReferralTriagedHandler triaged;
    private final ReferralDecidedHandler decided;
    private final CaseEscalatedHandler escalated;
    private final CaseTransferredHandler transferred;

    public Messaging(AgroalDataSource dataSource, MeterRegistry registry, UserTransaction transaction,
            ReferralReceivedHandler received,
            ReferralTriagedHandler triaged, ReferralDecidedHandler decided, CaseEscalatedHandler escalated,
            CaseTransferredHandler transferred,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.messaging = new ServiceMessaging(EventInbox.CONSUMER, "notify", bootstrapServers, dataSource, registry,
                TransactionRunner.jta(transaction));
        this.received = received;
        this.triaged = triaged;
        this.decided = decided;
        this.escalated = escalated;
        this.transferred = transferred;
    }

    void start(@Observes StartupEvent event) {
        messaging.consume(List.of(Topics.REFERRAL_RECEIVED, Topics.REFERRAL_TRIAGED, Topics.REFERRAL_DECIDED,
                Topics.CASE_ESCALATED, Topics.CASE_TRANSFERRED), this::route);
    }

    void stop(@Observes ShutdownEvent event) {
        messaging.close();
    }

    private void route(EventEnvelope event) throws Exception {
        switch (event.type()) {
            case REFERRAL_RECEIVED -> received.handle(event);
            case REFERRAL_TRIAGED -> triaged.handle(event);
            case REFERRAL_DECIDED -> decided.handle(event);
            case CASE_ESCALATED -> escalated.handle(event);
            case CASE_TRANSFERRED -> transferred.handle(event);
            default -> throw new PoisonEventException("agency-notify does not handle " + event.eventType());
        }
    }
}
