package org.opendoor.notify;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.opendoor.messaging.ServiceMessaging;
import org.opendoor.model.Topics;
import org.opendoor.notify.triage.ReferralTriagedHandler;

/** Notify's Kafka side: consumes triage's events. */
@ApplicationScoped
public class Messaging {
    public static final String CONSUMER = "agency-notify";
    private final ServiceMessaging messaging;
    private final ReferralTriagedHandler triagedHandler;

    public Messaging(AgroalDataSource dataSource, MeterRegistry registry, ReferralTriagedHandler triagedHandler,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.messaging = new ServiceMessaging(CONSUMER, "notify", bootstrapServers, dataSource, registry);
        this.triagedHandler = triagedHandler;
    }

    void start(@Observes StartupEvent event) {
        messaging.consume(List.of(Topics.REFERRAL_TRIAGED), triagedHandler::handle);
    }

    void stop(@Observes ShutdownEvent event) {
        messaging.close();
    }
}
