package org.opendoor.notify.delivery;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How hard the delivery engine tries, and how long it waits. Tests shorten the waits. */
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

    /**
     * How long a claimed delivery is hidden from other workers; a crashed worker's claim then expires. A worker
     * claims only what its free senders start at once and records each delivery as it completes, so the lease
     * covers one send: at least twice {@link #sendDeadline()} (checked at start-up).
     */
    @WithDefault("PT1M")
    Duration claimLease();

    /** How often the worker looks for due deliveries when nothing woke it. */
    @WithDefault("PT1S")
    Duration pollInterval();

    /** Deliveries sent at once (at least two), so one slow recipient does not hold up the others. */
    @WithDefault("4")
    int senders();

    /**
     * How long one send may take in the channel: the connect and read timeouts of each webhook and GOV.UK Notify
     * call, and (through {@code quarkus.mailer.timeout}) the longest an email send waits.
     */
    @WithDefault("PT10S")
    Duration sendTimeout();

    /**
     * The longest the worker waits for one send, whatever the channel does: past it the attempt counts as failed
     * (and is retried) and its sender takes the next delivery. Longer than {@link #sendTimeout()}.
     */
    @WithDefault("PT15S")
    Duration sendDeadline();

    /** One circuit breaker per webhook and GOV.UK Notify recipient. */
    Circuit circuit();

    interface Circuit {
        /** Recent attempts the breaker judges a recipient by. */
        @WithDefault("4")
        int window();

        /** The share of those that failed (unreachable, timed out, 408/429/5xx) that opens it. */
        @WithDefault("0.75")
        double failureRatio();

        /**
         * How long an open breaker stops attempts to the recipient; then one attempt tries it again. Deliveries
         * due meanwhile wait their backoff without an attempt being counted.
         */
        @WithDefault("PT1M")
        Duration delay();
    }
}
