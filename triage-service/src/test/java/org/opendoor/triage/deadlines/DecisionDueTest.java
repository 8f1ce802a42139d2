package org.opendoor.triage.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.opendoor.model.Priority;
import org.opendoor.data.DataFile;

/** Working-day deadlines across weekends, bank holidays and clock changes, with the shipped calendar. */
class DecisionDueTest {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final String FILE = "calendar/bank-holidays-england-and-wales.json";

    private final DecisionDue due = new DecisionDue(config(1, 1), ZoneId.of("Europe/London"), new WorkingCalendar(FILE, DataFile.shipped(FILE)));

    @Test
    void theIssueExampleSkipsGoodFridayAndEasterMonday() {
        Instant received = ZonedDateTime.of(2026, 4, 2, 10, 15, 0, 0, LONDON).toInstant();

        Instant dueAt = due.dueAt(Priority.AMBER, received);

        assertThat(dueAt).isEqualTo(ZonedDateTime.of(2026, 4, 7, 17, 0, 0, 0, LONDON).toInstant());
        assertThat(dueAt).isEqualTo(Instant.parse("2026-04-07T16:00:00Z")); // BST
    }

    @ParameterizedTest(name = "received {0} {1} → due {2} 17:00")
    @CsvSource({
            "2026-11-19, 09:00, 2026-11-20", // Thursday → Friday
            "2026-11-20, 16:59, 2026-11-23", // Friday → Monday
            "2026-11-21, 12:00, 2026-11-23", // Saturday → Monday
            "2026-11-22, 23:30, 2026-11-23", // Sunday → Monday
            "2026-12-24, 10:00, 2026-12-29", // Christmas Eve: 25th, weekend and 28th (substitute Boxing Day) skipped
            "2026-12-31, 10:00, 2027-01-04", // New Year's Day and the weekend skipped
            "2025-05-02, 10:00, 2025-05-06", // Early May bank holiday 2025
            "2027-03-25, 10:00, 2027-03-30", // Good Friday and Easter Monday 2027
            "2026-08-28, 18:00, 2026-09-01", // Friday evening before the August bank holiday
            "2026-10-23, 09:00, 2026-10-26"  // across the clocks going back: due 17:00 GMT
    })
    void amberAndGreenAreDueAtFivePmOnTheNextWorkingDay(LocalDate day, LocalTime time, LocalDate dueDay) {
        Instant received = day.atTime(time).atZone(LONDON).toInstant();
        Instant expected = dueDay.atTime(17, 0).atZone(LONDON).toInstant();

        assertThat(due.dueAt(Priority.AMBER, received)).isEqualTo(expected);
        assertThat(due.dueAt(Priority.GREEN, received)).isEqualTo(expected);
    }

    @Test
    void redIsDueFourHoursAfterReceiptWhateverTheDay() {
        Instant received = Instant.parse("2026-12-25T22:30:00Z");

        assertThat(due.dueAt(Priority.RED, received)).isEqualTo(Instant.parse("2026-12-26T02:30:00Z"));
    }

    @Test
    void timescalesAreConfiguration() {
        DecisionDue threeDayGreen = new DecisionDue(config(1, 3), ZoneId.of("Europe/London"), new WorkingCalendar(FILE, DataFile.shipped(FILE)));
        Instant thursday = ZonedDateTime.of(2026, 4, 2, 10, 0, 0, 0, LONDON).toInstant();

        assertThat(threeDayGreen.dueAt(Priority.GREEN, thursday))
                .isEqualTo(ZonedDateTime.of(2026, 4, 9, 17, 0, 0, 0, LONDON).toInstant());
        assertThat(threeDayGreen.dueAt(Priority.AMBER, thursday))
                .isEqualTo(ZonedDateTime.of(2026, 4, 7, 17, 0, 0, 0, LONDON).toInstant());
    }

    @Test
    void aBankHolidayFileWithABadDateNamesTheFileAndDate() {
        assertThatThrownBy(() -> new WorkingCalendar("holidays.json",
                "{\"coversYears\": [2026], \"dates\": [\"2026-13-01\"]}"))
                .hasMessageContaining("holidays.json").hasMessageContaining("2026-13-01");
    }

    static DeadlinesConfig config(int amberDays, int greenDays) {
        return new DeadlinesConfig() {
            public Duration redWithin() {
                return Duration.ofHours(4);
            }

            public int amberWorkingDays() {
                return amberDays;
            }

            public int greenWorkingDays() {
                return greenDays;
            }

            public LocalTime cutOff() {
                return LocalTime.of(17, 0);
            }

            public ZoneId zone() {
                return LONDON;
            }

            public String bankHolidays() {
                return FILE;
            }

            public Optional<Path> bankHolidaysFile() {
                return Optional.empty();
            }
        };
    }
}
