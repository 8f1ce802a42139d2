package org.opendoor.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Working days with the shipped England and Wales bank holidays. */
class WorkingCalendarTest {
    private final WorkingCalendar calendar = WorkingCalendar.shipped(ZoneId.of("Europe/London"));

    @ParameterizedTest(name = "{0} is a working day: {1}")
    @CsvSource({
            "2026-11-20, true",  // Friday
            "2026-11-21, false", // Saturday
            "2026-11-22, false", // Sunday
            "2026-12-25, false", // Christmas Day
            "2026-12-28, false", // Boxing Day, substitute day
            "2026-12-29, true",
            "2025-04-18, false", // Good Friday 2025
            "2027-05-31, false"  // Spring bank holiday 2027
    })
    void weekendsAndBankHolidaysAreNotWorkingDays(LocalDate day, boolean working) {
        assertThat(calendar.isWorkingDay(day)).isEqualTo(working);
    }

    @ParameterizedTest(name = "{1} working days after {0} is {2}")
    @CsvSource({
            "2026-11-19, 1, 2026-11-20", // Thursday → Friday
            "2026-11-20, 1, 2026-11-23", // Friday → Monday
            "2026-11-21, 1, 2026-11-23", // Saturday → Monday
            "2026-04-02, 1, 2026-04-07", // Good Friday and Easter Monday skipped
            "2026-04-02, 3, 2026-04-09",
            "2026-12-24, 1, 2026-12-29", // 25th, weekend, 28th
            "2026-12-31, 1, 2027-01-04", // New Year's Day and the weekend
            "2026-11-19, 0, 2026-11-19"
    })
    void theNthWorkingDayAfterADayNeverCountsTheDayItself(LocalDate day, int n, LocalDate expected) {
        assertThat(calendar.workingDaysAfter(day, n)).isEqualTo(expected);
    }

    @Test
    void aNegativeNumberOfWorkingDaysIsRefused() {
        assertThatThrownBy(() -> calendar.workingDaysAfter(LocalDate.parse("2026-11-19"), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void oneWorkingDayAfterKeepsTheLocalTimeAcrossBankHolidaysAndTheClockChange() {
        // Thu 25 Mar 2027 10:00 GMT → Tue 30 Mar 10:00 BST (Good Friday, weekend, Easter Monday; clocks go forward)
        assertThat(calendar.oneWorkingDayAfter(Instant.parse("2027-03-25T10:00:00Z")))
                .isEqualTo(Instant.parse("2027-03-30T09:00:00Z"));
        // 23:30 UTC on Fri 29 May 2026 is already Saturday in London: Monday 00:30 BST
        assertThat(calendar.oneWorkingDayAfter(Instant.parse("2026-05-29T23:30:00Z")))
                .isEqualTo(Instant.parse("2026-05-31T23:30:00Z"));
    }

    @Test
    void anOperatorsFileConfiguredForTheServicesTakesThePlaceOfTheShippedOne(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bank-holidays.json");
        Files.writeString(file, "{\"coversYears\": [2028], \"dates\": [\"2028-01-03\"]}");

        WorkingCalendar operators = new WorkingCalendar(() -> Optional.of(file), () -> ZoneId.of("Europe/London"));

        assertThat(operators.isWorkingDay(LocalDate.parse("2028-01-03"))).isFalse();
        assertThat(operators.isWorkingDay(LocalDate.parse("2026-12-25"))).as("not the shipped file's").isTrue();
        assertThat(new WorkingCalendar(Optional::empty, () -> ZoneId.of("Europe/London")).covers(2026)).isTrue();
    }

    @Test
    void aBadOperatorsFileStopsStartUpNamingItsPath(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bank-holidays.json");
        Files.writeString(file, "{\"coversYears\": [2028], \"dates\": [\"2028-01-03\", \"2029-01-01\"]}");

        assertThatThrownBy(() -> new WorkingCalendar(() -> Optional.of(file), () -> ZoneId.of("Europe/London")))
                .hasMessageStartingWith(file + " line 1")
                .hasMessageContaining("dates[1] 2029-01-01 is outside coversYears [2028]");
    }

    @Test
    void itKnowsWhichYearsItsHolidaysCover() {
        assertThat(calendar.covers(2015)).isTrue();
        assertThat(calendar.covers(2027)).isTrue();
        assertThat(calendar.covers(2014)).isFalse();
        assertThat(calendar.covers(2028)).isFalse();
        assertThat(calendar.isBankHoliday(LocalDate.parse("2028-01-03"))).isFalse();
    }

    @Test
    void aProductionStartIsRefusedWhenTheBankHolidaysRunOutWithinTwelveMonths(@TempDir Path dir) throws Exception {
        // the shipped file covers 2027: enough on 2 December 2026, not from New Year's Day 2027
        assertThat(calendar.productionProblems(Instant.parse("2026-12-02T09:00:00Z"))).isEmpty();
        assertThat(calendar.productionProblems(Instant.parse("2027-01-01T09:00:00Z"))).singleElement()
                .asString().contains("calendar/bank-holidays-england-and-wales.json", "known only until 2027-12-31",
                        "to 2028-01-01", "opendoor.calendar.bank-holidays-file");

        Path file = dir.resolve("bank-holidays.json");
        Files.writeString(file, "{\"coversYears\": [2027, 2028], \"dates\": [\"2027-01-01\", \"2028-01-03\"]}");
        WorkingCalendar operators = new WorkingCalendar(() -> Optional.of(file), () -> ZoneId.of("Europe/London"));
        assertThat(operators.productionProblems(Instant.parse("2027-01-01T09:00:00Z"))).isEmpty();
        assertThat(operators.productionProblems(Instant.parse("2028-06-01T09:00:00Z"))).singleElement()
                .asString().contains(file.toString());
    }
}
