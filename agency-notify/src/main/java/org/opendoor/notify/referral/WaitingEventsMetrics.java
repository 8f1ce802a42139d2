package org.opendoor.notify.referral;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Events still waiting for their referral: {@code opendoor_notify_waiting_events} and the age of the oldest.
 * A wait of more than minutes means intake's event is missing, and an operator must look.
 */
@ApplicationScoped
public class WaitingEventsMetrics {
    private final AgroalDataSource dataSource;

    public WaitingEventsMetrics(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    void register(@Observes StartupEvent event, MeterRegistry registry) {
        Gauge.builder("opendoor.notify.waiting.events", this, m -> m.query("SELECT count(*) FROM waiting_event"))
                .description("Triaged or decided events waiting for their received referral").register(registry);
        Gauge.builder("opendoor.notify.waiting.oldest.age.seconds", this, m -> m.query(
                        "SELECT COALESCE(EXTRACT(EPOCH FROM now() - min(waiting_since)), 0) FROM waiting_event"))
                .description("How long the oldest waiting event has waited").register(registry);
    }

    private double query(String sql) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getDouble(1);
        } catch (SQLException e) {
            return Double.NaN;
        }
    }
}
