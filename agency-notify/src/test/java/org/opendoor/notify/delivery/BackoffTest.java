package org.opendoor.notify.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void waitsDoubleAfterEachFailureUpToTheCap() {
        Backoff backoff = new Backoff(Duration.ofSeconds(5), Duration.ofMinutes(1), 0.2, () -> 0.5);
        assertThat(backoff.after(1)).isEqualTo(Duration.ofSeconds(5));
        assertThat(backoff.after(2)).isEqualTo(Duration.ofSeconds(10));
        assertThat(backoff.after(4)).isEqualTo(Duration.ofSeconds(40));
        assertThat(backoff.after(5)).isEqualTo(Duration.ofMinutes(1));
        assertThat(backoff.after(60)).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void jitterSpreadsEachWaitEitherWay() {
        assertThat(new Backoff(Duration.ofSeconds(10), Duration.ofMinutes(1), 0.2, () -> 0.0).after(1))
                .isEqualTo(Duration.ofSeconds(8));
        assertThat(new Backoff(Duration.ofSeconds(10), Duration.ofMinutes(1), 0.2, () -> 0.999999).after(1))
                .isBetween(Duration.ofMillis(11_999), Duration.ofSeconds(12));
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(2), 1.5, () -> 0))
                .hasMessageContaining("Invalid jitter: 1.5");
    }
}
