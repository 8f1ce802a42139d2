package org.opendoor.frontend.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ExpiringStoreTest {
    private final MovableClock clock = new MovableClock();
    private final ExpiringStore<String> store = new ExpiringStore<>(2, Duration.ofMinutes(60), clock);

    @Test
    void answersAreForgottenAfterAnHourWithoutUse() {
        store.put("a", "answers");
        clock.advance(Duration.ofMinutes(59));
        assertThat(store.get("a")).contains("answers");
        clock.advance(Duration.ofMinutes(59));
        assertThat(store.get("a")).as("each use renews the hour").contains("answers");
        clock.advance(Duration.ofMinutes(60));
        assertThat(store.get("a")).isEmpty();
    }

    @Test
    void whenFullTheLeastRecentlyUsedGivesWay() {
        store.put("a", "first");
        store.put("b", "second");
        clock.advance(Duration.ofMinutes(1));
        store.get("a");
        store.put("c", "third");
        assertThat(store.get("b")).isEmpty();
        assertThat(store.get("a")).contains("first");
        assertThat(store.get("c")).contains("third");
        assertThat(store.size()).isEqualTo(2);
    }

    @Test
    void expiredAnswersMakeRoomBeforeAnyoneElsesAreDropped() {
        store.put("a", "old");
        clock.advance(Duration.ofMinutes(30));
        store.put("b", "recent");
        clock.advance(Duration.ofMinutes(31));
        store.put("c", "new");
        assertThat(store.get("b")).contains("recent");
        assertThat(store.get("c")).contains("new");
    }

    static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-11-20T18:30:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
