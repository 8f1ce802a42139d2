package org.opendoor.notify.delivery;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How hard the delivery engine tries. Tests shorten the waits. */
@ConfigMapping(prefix = "notify.delivery")
public interface DeliveryConfig {
    /** Attempts before a notification is FAILED and the duty manager alerted. */
    @WithDefault("6")
    int maxAttempts();

    /** Wait after the first failed attempt; doubles after each further one. */
    @WithDefault("PT5S")
    Duration initialBackoff();

    @WithDefault("PT10M")
    Duration maxBackoff();

    /** Each wait is spread by up to this fraction either way, so retries of many recipients do not bunch. */
    @WithDefault("0.2")
    double jitter();

    /** How long a claimed delivery is hidden from other workers; a crashed worker's claim then expires. */
    @WithDefault("PT2M")
    Duration claimLease();

    /** How often the worker looks for due deliveries when nothing woke it. */
    @WithDefault("PT1S")
    Duration pollInterval();

    /** Deliveries sent at once (at least two), so one slow recipient does not hold up the others. */
    @WithDefault("4")
    int senders();

    /** Deliveries claimed per round; keep senders × send-timeout × (batch / senders) well inside the claim lease. */
    @WithDefault("16")
    int batchSize();

    /**
     * How long one send may take: the connect and read timeout of each webhook call, and (through
     * {@code quarkus.mailer.timeout}) the longest an email send waits.
     */
    @WithDefault("PT10S")
    Duration sendTimeout();
}
