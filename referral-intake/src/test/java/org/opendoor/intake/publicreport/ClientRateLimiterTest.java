package org.opendoor.intake.publicreport;

import org.opendoor.web.ClientRateLimiter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ClientRateLimiterTest {
    private Instant now = Instant.parse("2026-11-20T18:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @Test
    void aClientMaySendTheLimitPerWindowAndIsToldWhenToComeBack() {
        ClientRateLimiter limiter = new ClientRateLimiter(2, Duration.ofMinutes(10), 100, clock);
        assertThat(limiter.tryAcquire("a")).isEmpty();
        assertThat(limiter.tryAcquire("a")).isEmpty();
        now = now.plusSeconds(60);
        assertThat(limiter.tryAcquire("a")).contains(Duration.ofMinutes(9));
        assertThat(limiter.tryAcquire("b")).isEmpty();
        now = now.plus(Duration.ofMinutes(9));
        assertThat(limiter.tryAcquire("a")).isEmpty();
    }

    @Test
    void expiredWindowsAreSweptWhenTooManyAddressesAreTracked() {
        ClientRateLimiter limiter = new ClientRateLimiter(1, Duration.ofMinutes(1), 2, clock);
        limiter.tryAcquire("a");
        limiter.tryAcquire("b");
        now = now.plusSeconds(61);
        assertThat(limiter.tryAcquire("c")).isEmpty();
        assertThat(limiter.tryAcquire("a")).isEmpty();
    }
}
