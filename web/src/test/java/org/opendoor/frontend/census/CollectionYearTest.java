package org.opendoor.frontend.census;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The collection year a London day falls in (1 April to 31 March, named by its end), and the years offered. */
class CollectionYearTest {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private static Clock at(String instant) {
        return Clock.fixed(Instant.parse(instant), LONDON);
    }

    @Test
    void theYearTurnsAtLondonsMidnightOnTheFirstOfApril() {
        // 31 March 2027 22:59 UTC is 23:59 in London (BST): still 2026-27
        assertThat(CollectionYear.current(at("2027-03-31T22:59:00Z")).year()).isEqualTo(2027);
        // 31 March 2027 23:30 UTC is already 1 April in London: 2027-28, though UTC still says March
        assertThat(CollectionYear.current(at("2027-03-31T23:30:00Z")).year()).isEqualTo(2028);
        assertThat(CollectionYear.current(at("2026-12-02T13:00:00Z")).year()).isEqualTo(2027);
        assertThat(CollectionYear.current(at("2027-01-01T00:00:00Z")).year()).isEqualTo(2027);
    }

    @Test
    void thisYearAndTheFourBeforeAreOfferedAndNothingElse() {
        Clock clock = at("2026-12-02T13:00:00Z");
        assertThat(CollectionYear.offered(clock)).extracting(CollectionYear::year)
                .containsExactly(2027, 2026, 2025, 2024, 2023);
        assertThat(CollectionYear.offered("2025", clock)).contains(new CollectionYear(2025));
        assertThat(CollectionYear.offered(" 2027 ", clock)).contains(new CollectionYear(2027));
        assertThat(CollectionYear.offered("2028", clock)).isEmpty();
        assertThat(CollectionYear.offered("2022", clock)).isEmpty();
        assertThat(CollectionYear.offered("20x7", clock)).isEmpty();
        assertThat(CollectionYear.offered("", clock)).isEmpty();
        assertThat(CollectionYear.offered(null, clock)).isEmpty();
    }

    @Test
    void aYearIsReadAsItsPeriod() {
        assertThat(new CollectionYear(2027).text()).isEqualTo("2026 to 2027");
        assertThat(new CollectionYear(2027).period()).isEqualTo("1 April 2026 to 31 March 2027");
    }
}
