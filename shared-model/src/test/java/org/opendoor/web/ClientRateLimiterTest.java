package org.opendoor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The public rate limit: bounded memory, IPv6 clients by /64. */
class ClientRateLimiterTest {
    private Instant now = Instant.parse("2026-12-02T08:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @Test
    void aFloodOfAddressesHoldsNoMoreWindowsThanTheBound() {
        ClientRateLimiter limiter = new ClientRateLimiter(5, Duration.ofMinutes(10), 1_000, clock, Runnable::run);
        for (int i = 0; i < 50_000; i++) {
            limiter.tryAcquire("10." + (i >> 16 & 255) + "." + (i >> 8 & 255) + "." + (i & 255));
        }
        assertThat(limiter.trackedClients()).isLessThanOrEqualTo(1_000);
    }

    @Test
    void aWindowIsForgottenWhenItEnds() {
        ClientRateLimiter limiter = new ClientRateLimiter(1, Duration.ofMinutes(1), 100, clock, Runnable::run);
        limiter.tryAcquire("192.0.2.1");
        assertThat(limiter.tryAcquire("192.0.2.1")).contains(Duration.ofMinutes(1));
        now = now.plusSeconds(61);
        assertThat(limiter.trackedClients()).isZero();
        assertThat(limiter.tryAcquire("192.0.2.1")).isEmpty();
    }

    @Test
    void anIpv6ClientIsItsSlash64() {
        ClientRateLimiter limiter = new ClientRateLimiter(2, Duration.ofMinutes(10), 100, clock, Runnable::run);
        assertThat(limiter.tryAcquire("2001:db8:1:2::1")).isEmpty();
        assertThat(limiter.tryAcquire("2001:db8:1:2:ffff:eeee:dddd:cccc")).isEmpty();
        assertThat(limiter.tryAcquire("[2001:0db8:0001:0002:0:0:0:99]")).as("the same /64, however written")
                .isPresent();
        assertThat(limiter.tryAcquire("2001:db8:1:3::1")).as("the next /64").isEmpty();
    }

    @Test
    void addressesAreGroupedAsTheyShouldBe() {
        assertThat(ClientRateLimiter.client("2001:db8:1:2:3:4:5:6")).isEqualTo("2001:db8:1:2:0:0:0:0/64");
        assertThat(ClientRateLimiter.client("fe80::1%eth0")).isEqualTo("fe80:0:0:0:0:0:0:0/64");
        assertThat(ClientRateLimiter.client("::ffff:192.0.2.7")).as("IPv4-mapped is the IPv4 client")
                .isEqualTo("192.0.2.7");
        assertThat(ClientRateLimiter.client("192.0.2.7")).isEqualTo("192.0.2.7");
        assertThat(ClientRateLimiter.client(null)).isEqualTo("unknown");
    }
}
