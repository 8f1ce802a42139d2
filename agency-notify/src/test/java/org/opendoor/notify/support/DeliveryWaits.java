package org.opendoor.notify.support;

import java.time.Duration;
import org.opendoor.notify.delivery.DeliveryConfig;

/** The service's delivery configuration with other senders and waits, for a worker a test builds itself. */
public record DeliveryWaits(DeliveryConfig base, int senders, Duration sendTimeout, Duration sendDeadline,
        Duration claimLease) implements DeliveryConfig {

    @Override
    public int maxAttempts() {
        return base.maxAttempts();
    }

    @Override
    public Duration initialBackoff() {
        return base.initialBackoff();
    }

    @Override
    public Duration maxBackoff() {
        return base.maxBackoff();
    }

    @Override
    public double jitter() {
        return base.jitter();
    }

    @Override
    public Duration pollInterval() {
        return base.pollInterval();
    }

    @Override
    public Circuit circuit() {
        return base.circuit();
    }
}
