package org.opendoor.audit;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import javax.sql.DataSource;

/** Runs the service's {@link AuditSealer} from start-up to shutdown (after Flyway has made the tables). */
@ApplicationScoped
public class AuditSealing {
    private final AuditSealer sealer;

    AuditSealing(DataSource dataSource, AuditConfig config) {
        this.sealer = new AuditSealer(dataSource, config.sealInterval(), config.sealBatchSize());
    }

    void start(@Observes StartupEvent event) {
        sealer.start();
    }

    void stop(@Observes ShutdownEvent event) {
        sealer.close();
    }
}
