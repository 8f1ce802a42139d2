package org.opendoor.notify.delivery;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

/** Sent, failed and late notifications, by purpose. */
@ApplicationScoped
public class DeliveryMetrics {
    private final MeterRegistry registry;

    public DeliveryMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void sent(String purpose, String channel) {
        Counter.builder("opendoor.notifications.sent").description("Notifications delivered")
                .tag("purpose", purpose).tag("channel", channel).register(registry).increment();
    }

    public void late(String purpose) {
        Counter.builder("opendoor.notifications.late").description("Notifications delivered after their due time")
                .tag("purpose", purpose).register(registry).increment();
    }

    public void failed(String purpose, String reason) {
        Counter.builder("opendoor.notifications.failed").description("Notifications that ended FAILED")
                .tag("purpose", purpose).tag("reason", reason).register(registry).increment();
    }
}
