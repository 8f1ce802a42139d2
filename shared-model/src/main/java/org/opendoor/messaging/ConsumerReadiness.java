package org.opendoor.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness includes the service's event consumers: a loop that stopped, is rebuilding its Kafka consumer or has
 * not polled for {@code opendoor.consumer.stalled-after} makes the service not ready, so an orchestrator (and a
 * person looking at /q/health/ready) sees it instead of a service that looks healthy while nothing is consumed.
 * A service whose consumers do not gate readiness (intake) reports their state and stays up. Each service produces
 * its {@link ServiceMessaging}.
 */
@Readiness
@ApplicationScoped
public class ConsumerReadiness implements HealthCheck {
    private final Instance<ServiceMessaging> messaging;

    ConsumerReadiness(Instance<ServiceMessaging> messaging) {
        this.messaging = messaging;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("event consumers").up();
        if (messaging.isUnsatisfied()) {
            return response.withData("consumers", "none").build();
        }
        boolean gates = messaging.get().consumersGateReadiness();
        for (EventConsumerLoop.Health h : messaging.get().consumerHealth()) {
            response.withData(h.consumer(), h.state() + (h.lag() >= 0 ? ", lag " + h.lag() : ""));
            if (gates && !h.up()) {
                response.down();
            }
        }
        return response.build();
    }
}
