package org.opendoor.notify.notification;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.opendoor.notify.directory.Channel;
import org.opendoor.notify.message.Purpose;

/**
 * Sent, failed and late notifications, by purpose ({@code opendoor_notifications_sent_total},
 * {@code opendoor_notifications_failed_total}, {@code opendoor_notifications_late_total}). Every series exists
 * from start-up at zero, so an alert on a rate works before the first failure.
 */
@ApplicationScoped
public class NotificationMetrics {
    /** Why a notification ended FAILED. */
    public enum FailureReason {
        NO_RECIPIENT,
        REFUSED,
        ATTEMPTS_EXHAUSTED;

        String tag() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final MeterRegistry registry;
    /** Counters by purpose and tag: looking one up in the registry costs more than counting. */
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    public NotificationMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void registerAll(@Observes StartupEvent event) {
        for (Purpose purpose : Purpose.values()) {
            for (Channel channel : Channel.values()) {
                sentCounter(purpose, channel);
            }
            List.of(FailureReason.values()).forEach(reason -> failedCounter(purpose, reason));
            lateCounter(purpose);
        }
    }

    public void sent(Purpose purpose, Channel channel, boolean late) {
        sentCounter(purpose, channel).increment();
        if (late) {
            lateCounter(purpose).increment();
        }
    }

    public void failed(Purpose purpose, FailureReason reason) {
        failedCounter(purpose, reason).increment();
    }

    private Counter sentCounter(Purpose purpose, Channel channel) {
        return counters.computeIfAbsent("sent/" + purpose + "/" + channel, k -> Counter
                .builder("opendoor.notifications.sent").description("Notifications delivered")
                .tag("purpose", purpose.name()).tag("channel", channel.name()).register(registry));
    }

    private Counter lateCounter(Purpose purpose) {
        return counters.computeIfAbsent("late/" + purpose, k -> Counter
                .builder("opendoor.notifications.late").description("Notifications delivered after their due time")
                .tag("purpose", purpose.name()).register(registry));
    }

    private Counter failedCounter(Purpose purpose, FailureReason reason) {
        return counters.computeIfAbsent("failed/" + purpose + "/" + reason, k -> Counter
                .builder("opendoor.notifications.failed").description("Notifications that ended FAILED")
                .tag("purpose", purpose.name()).tag("reason", reason.tag()).register(registry));
    }
}
