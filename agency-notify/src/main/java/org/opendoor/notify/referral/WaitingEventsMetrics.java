package org.opendoor.notify.referral;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * Events still waiting for their referral: {@code opendoor_notify_waiting_events} and the age of the oldest.
 * A wait of more than minutes means intake's event is missing, and an operator must look.
 */
@ApplicationScoped
public class WaitingEventsMetrics {

    void register(@Observes StartupEvent event, MeterRegistry registry) {
        Gauge.builder("opendoor.notify.waiting.events", () -> reading(() -> WaitingEvent.count()))
                .description("Triaged or decided events waiting for their received referral").register(registry);
        Gauge.builder("opendoor.notify.waiting.oldest.age.seconds", () -> reading(WaitingEventsMetrics::oldestAge))
                .description("How long the oldest waiting event has waited").register(registry);
    }

    private static double oldestAge() {
        Instant oldest = WaitingEvent.getEntityManager()
                .createQuery("select min(w.waitingSince) from WaitingEvent w", Instant.class).getSingleResult();
        return oldest == null ? 0 : Duration.between(oldest, Instant.now()).toMillis() / 1000.0;
    }

    /** A scrape reads in a short transaction of its own; a database that cannot answer reads as NaN. */
    private static double reading(Supplier<Number> query) {
        try {
            return QuarkusTransaction.requiringNew().call(query::get).doubleValue();
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }
}
