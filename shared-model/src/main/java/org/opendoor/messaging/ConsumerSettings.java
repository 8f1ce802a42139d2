package org.opendoor.messaging;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How a service consumes its topics ({@code opendoor.consumer.*}). */
@ConfigMapping(prefix = "opendoor.consumer")
public interface ConsumerSettings {
    String MAX_POLL_RECORDS = "200";
    String SESSION_TIMEOUT = "PT10S";
    String HEARTBEAT_INTERVAL = "PT3S";
    String POLL_TIMEOUT = "PT0.5S";
    String MAX_RETRY_BACKOFF = "PT5S";
    String MAX_ATTEMPTS = "20";
    String STALLED_AFTER = "PT60S";
    String GATES_READINESS = "true";

    /** The Kafka consumer group, and the consumer's name in the inbox. */
    String group();

    /** Events one poll hands over at most; they are first tried in one transaction. */
    @WithDefault(MAX_POLL_RECORDS)
    int maxPollRecords();

    /** A crashed instance's partitions move to a live one after this, not Kafka's default 45 s. */
    @WithDefault(SESSION_TIMEOUT)
    Duration sessionTimeout();

    @WithDefault(HEARTBEAT_INTERVAL)
    Duration heartbeatInterval();

    /** How long one poll waits for events. */
    @WithDefault(POLL_TIMEOUT)
    Duration pollTimeout();

    /** The longest wait between retries of an event that failed for a reason other than poison. */
    @WithDefault(MAX_RETRY_BACKOFF)
    Duration maxRetryBackoff();

    /**
     * How many times an event that fails for a reason other than poison (a database error, a bug) is tried before
     * it is dead-lettered with the reason, so that it cannot block its partition for ever. With the backoff, 20
     * attempts are about a minute and a half: longer than a database restart.
     */
    @WithDefault(MAX_ATTEMPTS)
    int maxAttempts();

    /** Readiness reports the consumer down when it has not polled for this long (stopped, stuck or rebuilding). */
    @WithDefault(STALLED_AFTER)
    Duration stalledAfter();

    /**
     * Whether a consumer that is not consuming makes the service not ready. Intake says no: while Kafka is down it
     * must go on accepting concerns into its outbox, and its consumers only bring referrers news of their referrals;
     * the loop's state is still reported in readiness's data and in the metrics.
     */
    @WithDefault(GATES_READINESS)
    boolean gatesReadiness();

    /** The defaults above, for a consumer outside a service (a test reading a topic). */
    static ConsumerSettings withDefaults(String group) {
        return new ConsumerSettings() {
            @Override
            public String group() {
                return group;
            }

            @Override
            public int maxPollRecords() {
                return Integer.parseInt(MAX_POLL_RECORDS);
            }

            @Override
            public Duration sessionTimeout() {
                return Duration.parse(SESSION_TIMEOUT);
            }

            @Override
            public Duration heartbeatInterval() {
                return Duration.parse(HEARTBEAT_INTERVAL);
            }

            @Override
            public Duration pollTimeout() {
                return Duration.parse(POLL_TIMEOUT);
            }

            @Override
            public Duration maxRetryBackoff() {
                return Duration.parse(MAX_RETRY_BACKOFF);
            }

            @Override
            public int maxAttempts() {
                return Integer.parseInt(MAX_ATTEMPTS);
            }

            @Override
            public Duration stalledAfter() {
                return Duration.parse(STALLED_AFTER);
            }

            @Override
            public boolean gatesReadiness() {
                return Boolean.parseBoolean(GATES_READINESS);
            }
        };
    }
}
