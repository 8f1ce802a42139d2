package org.opendoor.notify.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opendoor.calendar.WorkingCalendar;

/** Operation Encompass timing: the start of the next school day, on the one working-day calendar. */
class SchoolDaysTest {
    private static final WorkingCalendar CALENDAR = WorkingCalendar.shipped(ZoneId.of("Europe/London"));

    private final SchoolDays days = new SchoolDays(CALENDAR, Set.of(), LocalTime.of(8, 30));

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
        SchoolDays withInset = new SchoolDays(CALENDAR, Set.of(LocalDate.parse("2026-11-25")), LocalTime.of(8, 30));
        assertThat(withInset.startOfNextSchoolDay(Instant.parse("2026-11-24T07:00:00Z")))
                .isEqualTo(Instant.parse("2026-11-26T08:30:00Z"));
        assertThat(withInset.isSchoolDay(LocalDate.parse("2026-11-25"))).isFalse();
        assertThat(CALENDAR.isWorkingDay(LocalDate.parse("2026-11-25"))).as("still a working day").isTrue();
    }

    @Test
    void theOldZoneKeyStopsStartUpInsteadOfBeingIgnored() {
        SchoolCalendarConfig config = new SchoolCalendarConfig() {
            public LocalTime dayStartsAt() {
                return LocalTime.of(8, 30);
            }

            public Optional<java.nio.file.Path> termsFile() {
                return Optional.empty();
            }

            public Optional<List<LocalDate>> closedDays() {
                return Optional.empty();
            }

            public Optional<String> zone() {
                return Optional.of("Europe/London");
            }
        };

        assertThatThrownBy(() -> new SchoolDays(CALENDAR, config))
                .hasMessageContaining("notify.school-calendar.zone is no longer read")
                .hasMessageContaining("opendoor.time.zone");
    }

    @Test
    void anOperatorsTermsFileClosesSchoolsForItsHolidays(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path file = dir.resolve("school-terms.json");
        java.nio.file.Files.writeString(file, """
                {"source": "test", "knownUntil": "2028-08-31",
                 "closures": [{"from": "2027-02-15", "to": "2027-02-19", "name": "Spring half term"}]}""");
        SchoolDays withTerms = new SchoolDays(CALENDAR, SchoolTerms.load(Optional.of(file)), file.toString(), Set.of(),
                LocalTime.of(8, 30));

        // an incident on the Friday before half term is due on the Monday after it (UK time, GMT in February)
        assertThat(withTerms.startOfNextSchoolDay(Instant.parse("2027-02-12T20:00:00Z")))
                .isEqualTo(Instant.parse("2027-02-22T08:30:00Z"));
        assertThat(days.startOfNextSchoolDay(Instant.parse("2027-02-12T20:00:00Z"))).as("the shipped file")
                .isEqualTo(Instant.parse("2027-02-15T08:30:00Z"));
        assertThat(withTerms.productionProblems(Instant.parse("2027-06-01T09:00:00Z"))).isEmpty();
    }

    @Test
    void aProductionStartIsRefusedWhenTheTermsRunOutWithinTwelveMonths() {
        assertThat(days.productionProblems(Instant.parse("2026-12-02T09:00:00Z"))).isEmpty();
        assertThat(days.productionProblems(Instant.parse("2027-01-01T09:00:00Z"))).singleElement().asString()
                .isEqualTo("School terms (calendar/school-terms.json) are known only until 2027-12-31, less than the "
                        + "next 12 months (to 2028-01-01): set notify.school-calendar.terms-file to the partnership's "
                        + "newer term dates.");
    }

    @Test
    void aClosureAfterTheFilesOwnHorizonIsRefused() {
        assertThatThrownBy(() -> new SchoolTerms("test", LocalDate.parse("2027-07-31"),
                List.of(new SchoolTerms.Closure(LocalDate.parse("2027-08-01"), LocalDate.parse("2027-08-31"), "Summer"))))
                .hasMessageContaining("closures[0] ends 2027-08-31, after knownUntil 2027-07-31");
    }
}
