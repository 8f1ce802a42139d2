package org.opendoor.frontend.concern;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendoor.frontend.form.DateAnswer;

class SeenOrHeardFormTest {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 20, 9, 15);

    @Test
    void theAccountAndTheDateAreNeededButTheSignsAndTheTimeAreNot() {
        var errors = form(List.of(), "", DateAnswer.empty(), "").check(NOW).errors();
        assertThat(errors.list()).extracting(e -> e.message())
                .containsExactly("Tell us what you saw or heard", "Enter the date you saw or heard it");
        assertThat(form(List.of(), "Crying", new DateAnswer("20", "11", "2026"), "").check(NOW).valid()).isTrue();
    }

    @Test
    void signsAreTheCampaignsAndSomethingElseIsKeptApart() {
        SeenOrHeard answer = form(List.of("PROLONGED_CRYING", "SOMETHING_ELSE", "NOT_A_SIGN"), "Crying",
                new DateAnswer("19", "11", "2026"), "").check(NOW).answer();
        assertThat(answer.signs()).containsExactly(Sign.PROLONGED_CRYING);
        assertThat(answer.somethingElse()).isTrue();
    }

    @Test
    void timesAreReadTheWayPeopleWriteThem() {
        assertThat(time("18:30")).isEqualTo("18:30");
        assertThat(time("6.30pm")).isEqualTo("18:30");
        assertThat(time("6pm")).isEqualTo("18:00");
        assertThat(time("12am")).isEqualTo("00:00");
        assertThat(time("0630")).isEqualTo("06:30");
        assertThat(form(List.of(), "x", new DateAnswer("19", "11", "2026"), "25:00").check(NOW).errors().of("time"))
                .isEqualTo("Enter a real time, like 18:30 or 6:30pm, or leave it empty");
    }

    @Test
    void nothingCanBeSeenInTheFuture() {
        assertThat(form(List.of(), "x", new DateAnswer("21", "11", "2026"), "").check(NOW).errors().of("when"))
                .isEqualTo("The date you saw or heard it must be today or in the past");
        assertThat(form(List.of(), "x", new DateAnswer("20", "11", "2026"), "10:00").check(NOW).errors().of("time"))
                .isEqualTo("The time must be in the past");
    }

    @Test
    void withoutATimeTheMomentIsMiddayOrNowIfMiddayHasNotComeYet() {
        Clock morning = Clock.fixed(Instant.parse("2026-11-20T09:15:00Z"), LONDON);
        SeenOrHeard today = form(List.of(), "x", new DateAnswer("20", "11", "2026"), "").check(NOW).answer();
        assertThat(today.observedAt(morning, LONDON)).isEqualTo(Instant.parse("2026-11-20T09:15:00Z"));
        SeenOrHeard summer = form(List.of(), "x", new DateAnswer("1", "7", "2026"), "18:30").check(NOW).answer();
        assertThat(summer.observedAt(morning, LONDON)).as("British Summer Time")
                .isEqualTo(Instant.parse("2026-07-01T17:30:00Z"));
    }

    private static String time(String typed) {
        return form(List.of(), "x", new DateAnswer("19", "11", "2026"), typed).check(NOW).answer().time().toString();
    }

    private static SeenOrHeardForm form(List<String> signs, String account, DateAnswer when, String time) {
        return new SeenOrHeardForm(signs, account, when, time);
    }
}
