package org.opendoor.notify.delivery;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.opendoor.notify.directory.Channel;
import org.opendoor.notify.plan.Purpose;

/**
 * Sent, failed and late notifications, by purpose ({@code opendoor_notifications_sent_total},
 * {@code opendoor_notifications_failed_total}, {@code opendoor_notifications_late_total}). Every series exists
 * from start-up at zero, so an alert on a rate works before the first failure.
 */
@ApplicationScoped
public class DeliveryMetrics {
    static final List<String> FAILURE_REASONS = List.of("no_recipient", "refused", "attempts_exhausted");
    private final MeterRegistry registry;
    /** Counters by purpose and tag: looking one up in the registry costs more than counting. */
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    public DeliveryMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void registerAll(@Observes StartupEvent event) {
        for (Purpose purpose : Purpose.values()) {
            for (Channel channel : Channel.values()) {
                sentCounter(purpose.name(), channel.name());
            }
            FAILURE_REASONS.forEach(reason -> failedCounter(purpose.name(), reason));
            lateCounter(purpose.name());
        }
    }

    public void sent(String purpose, String channel) {
        sentCounter(purpose, channel).increment();
    }

    public void late(String purpose) {
        lateCounter(purpose).increment();
    }

    public void failed(String purpose, String reason) {
        failedCounter(purpose, reason).increment();
    }

    private Counter sentCounter(String purpose, String channel) {
        return counters.computeIfAbsent("sent/" + purpose + "/" + channel, k -> Counter
                .builder("opendoor.notifications.sent").description("Notifications delivered")
                .tag("purpose", purpose).tag("channel", channel).register(registry));
    }

    private Counter lateCounter(String purpose) {
        return counters.computeIfAbsent("late/" + purpose, k -> Counter
                .builder("opendoor.notifications.late").description("Notifications delivered after their due time")
                .tag("purpose", purpose).register(registry));
    }

    private Counter failedCounter(String purpose, String reason) {
        return counters.computeIfAbsent("failed/" + purpose + "/" + reason, k -> Counter
                .builder("opendoor.notifications.failed").description("Notifications that ended FAILED")
                .tag("purpose", purpose).tag("reason", reason).register(registry));
    }
}
