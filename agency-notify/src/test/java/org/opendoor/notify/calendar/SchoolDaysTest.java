package org.opendoor.notify.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SchoolDaysTest {
    private final SchoolDays days = new SchoolDays(BankHolidays.fromClasspath(), Set.of(), LocalTime.of(8, 30),
            ZoneId.of("Europe/London"));

    @Test
    void anIncidentTriagedOnAWeekdayIsDueAtHalfPastEightTheNextMorning() {
        assertThat(days.startOfNextSchoolDay(Instant.parse("2026-11-24T07:00:00Z")))
                .isEqualTo(Instant.parse("2026-11-25T08:30:00Z"));
    }

    @Test
    void aFridayEveningIncidentIsDueOnMonday() {
        assertThat(days.startOfNextSchoolDay(Instant.parse("2026-11-20T21:00:00Z")))
                .isEqualTo(Instant.parse("2026-11-23T08:30:00Z"));
    }

    @Test
    void aSaturdayIncidentIsDueOnMondayNotSunday() {
        assertThat(days.startOfNextSchoolDay(Instant.parse("2026-11-21T23:30:00Z")))
                .isEqualTo(Instant.parse("2026-11-23T08:30:00Z"));
    }

    @Test
    void aBankHolidayMondayIsSkippedAndSummerTimeIsRespected() {
        // Spring bank holiday Mon 25 May 2026; 08:30 BST is 07:30 UTC
        assertThat(days.startOfNextSchoolDay(Instant.parse("2026-05-22T16:00:00Z")))
                .isEqualTo(Instant.parse("2026-05-26T07:30:00Z"));
    }

    @Test
    void christmasBankHolidaysAndTheWeekendAreAllSkipped() {
        assertThat(days.startOfNextSchoolDay(Instant.parse("2026-12-24T18:00:00Z")))
                .isEqualTo(Instant.parse("2026-12-29T08:30:00Z"));
    }

    @Test
    void lateEveningInUtcIsAlreadyTheNextDayInLondonInSummer() {
        // 23:30 UTC on Tue 2 Jun 2026 is 00:30 Wed 3 Jun in London: due Thursday
        assertThat(days.startOfNextSchoolDay(Instant.parse("2026-06-02T23:30:00Z")))
                .isEqualTo(Instant.parse("2026-06-04T07:30:00Z"));
    }

    @Test
    void configuredClosureDaysAreSkippedToo() {
        SchoolDays withInset = new SchoolDays(BankHolidays.fromClasspath(), Set.of(LocalDate.parse("2026-11-25")),
                LocalTime.of(8, 30), ZoneId.of("Europe/London"));
        assertThat(withInset.startOfNextSchoolDay(Instant.parse("2026-11-24T07:00:00Z")))
                .isEqualTo(Instant.parse("2026-11-26T08:30:00Z"));
    }

    @Test
    void oneWorkingDaySkipsWeekendsAndBankHolidays() {
        assertThat(days.oneWorkingDayAfter(Instant.parse("2027-03-25T10:00:00Z")))
                .isEqualTo(Instant.parse("2027-03-30T09:00:00Z"));
    }

    @Test
    void theBankHolidayFileCoversTwentyTwentyFiveToTwentyTwentySevenAndRejectsBadLines() {
        BankHolidays holidays = BankHolidays.fromClasspath();
        assertThat(holidays.contains(LocalDate.parse("2025-12-26"))).isTrue();
        assertThat(holidays.contains(LocalDate.parse("2026-12-28"))).isTrue();
        assertThat(holidays.coveredUntil()).isEqualTo(LocalDate.parse("2027-12-28"));
        assertThatThrownBy(() -> BankHolidays.parse(List.of("date,name", "2026-13-01,Nonsense")))
                .hasMessageContaining("line 2");
    }
}
