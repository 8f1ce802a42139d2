package org.opendoor.frontend.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.opendoor.frontend.form.DateAnswer;

/** The month in a briefing's address and in its form: real months, none after this one, last month by default. */
class BriefingMonthTest {
    private static final ZoneId UK = ZoneId.of("Europe/London");
    private final Clock clock = Clock.fixed(Instant.parse("2026-12-02T09:00:00Z"), UK);

    @Test
    void anAddressNamesAMonthYearFirst() {
        assertThat(BriefingMonth.fromAddress("2020-06", clock).valid()).contains(YearMonth.of(2020, 6));
        assertThat(BriefingMonth.fromAddress("2026-12", clock).valid()).contains(YearMonth.of(2026, 12));
    }

    @Test
    void anythingElseIsAProblemToShowNotAnError() {
        for (String bad : new String[] {null, "", "2020-6", "2020-13", "2020-00", "June 2020", "2020-06-01",
                "20200-06", "../x"}) {
            BriefingMonth.Typed typed = BriefingMonth.fromAddress(bad, clock);
            assertThat(typed.valid()).as(bad).isEmpty();
            assertThat(typed.problem()).as(bad).isNotBlank();
        }
        assertThat(BriefingMonth.fromAddress("2027-01", clock).problem())
                .isEqualTo("The briefing month must be this month or in the past");
    }

    @Test
    void theFormsMonthAndYearAreCheckedAsTheDesignSystemAsks() {
        assertThat(BriefingMonth.typed(" 6 ", "2020", clock).valid()).contains(YearMonth.of(2020, 6));
        assertThat(BriefingMonth.typed("", "", clock).problem()).isEqualTo("Enter the month and year of the briefing");
        assertThat(BriefingMonth.typed("", "2020", clock).problem()).isEqualTo("The briefing month must include a month");
        assertThat(BriefingMonth.typed("6", null, clock).problem()).isEqualTo("The briefing month must include a year");
        assertThat(BriefingMonth.typed("13", "2020", clock).problem()).isEqualTo("Month must be a number from 1 to 12");
        assertThat(BriefingMonth.typed("June", "2020", clock).problem()).isEqualTo("Month must be a number from 1 to 12");
        assertThat(BriefingMonth.typed("6", "20", clock)).extracting(BriefingMonth.Typed::problem,
                BriefingMonth.Typed::part).containsExactly("Year must include 4 numbers", DateAnswer.Part.YEAR);
        assertThat(BriefingMonth.typed("13", "2020", clock).part()).isEqualTo(DateAnswer.Part.MONTH);
        assertThat(BriefingMonth.typed("", "", clock).part()).isEqualTo(DateAnswer.Part.ALL);
        assertThat(BriefingMonth.typed("1", "2027", clock).problem())
                .isEqualTo("The briefing month must be this month or in the past");
    }

    @Test
    void theLastCompleteMonthIsReadInOpenDoorsTimeZone() {
        assertThat(BriefingMonth.lastComplete(clock)).isEqualTo(YearMonth.of(2026, 11));
        // 23:30 on 30 June in UTC is already 1 July in British Summer Time: June is over
        Clock midnightBst = Clock.fixed(Instant.parse("2026-06-30T23:30:00Z"), UK);
        assertThat(BriefingMonth.lastComplete(midnightBst)).isEqualTo(YearMonth.of(2026, 6));
        assertThat(BriefingMonth.lastComplete(midnightBst.withZone(ZoneId.of("UTC")))).isEqualTo(YearMonth.of(2026, 5));
    }

    @Test
    void monthsReadAsWords() {
        assertThat(BriefingMonth.words(YearMonth.of(2020, 6))).isEqualTo("June 2020");
    }
}
