package org.opendoor.frontend.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Decision deadlines in the words duty staff read, in UK time whatever the season. */
class UkTimeTest {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private static UkTime at(String instant) {
        return new UkTime(Clock.fixed(Instant.parse(instant), LONDON));
    }

    @Test
    void aDeadlineLaterTodayReadsTodayAtItsUkTimeInSummerAndWinter() {
        assertThat(at("2026-07-01T09:00:00Z").due(Instant.parse("2026-07-01T15:40:00Z"))).isEqualTo("today at 16:40");
        assertThat(at("2026-12-02T09:00:00Z").due(Instant.parse("2026-12-02T16:40:00Z"))).isEqualTo("today at 16:40");
    }

    @Test
    void tomorrowAndLaterDaysAreNamed() {
        UkTime time = at("2026-12-02T09:00:00Z");
        assertThat(time.due(Instant.parse("2026-12-03T17:00:00Z"))).isEqualTo("tomorrow at 17:00");
        assertThat(time.due(Instant.parse("2026-12-04T17:00:00Z"))).isEqualTo("Friday 4 December at 17:00");
        assertThat(time.due(Instant.parse("2027-01-04T17:00:00Z"))).isEqualTo("Monday 4 January 2027 at 17:00");
    }

    @Test
    void aMissedDeadlineSaysByHowMuch() {
        Instant due = Instant.parse("2026-12-02T09:00:00Z");
        assertThat(at("2026-12-02T09:25:00Z").due(due)).isEqualTo("overdue by 25 minutes");
        assertThat(at("2026-12-02T10:00:30Z").due(due)).isEqualTo("overdue by 1 hour");
        assertThat(at("2026-12-02T11:10:00Z").due(due)).isEqualTo("overdue by 2 hours");
        assertThat(at("2026-12-05T09:00:00Z").due(due)).isEqualTo("overdue by 3 days");
        assertThat(at("2026-12-02T09:00:00Z").due(due.minus(Duration.ofSeconds(10)))).isEqualTo("overdue by 1 minute");
    }

    @Test
    void receivedTimesAreUkDatesAndTimes() {
        assertThat(at("2026-07-01T09:00:00Z").at(Instant.parse("2026-07-01T08:15:00Z"))).isEqualTo("1 July 2026 at 09:15");
        assertThat(at("2026-12-02T09:00:00Z").at(Instant.parse("2026-12-02T08:15:00Z"))).isEqualTo("2 December 2026 at 08:15");
    }
}
