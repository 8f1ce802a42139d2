package org.opendoor.notify.message;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendoor.notify.support.NotifyTestResource;

/** How the templates word what people read. */
@QuarkusTest
@QuarkusTestResource(NotifyTestResource.class)
class NoticeWordingTest {
    private static final String LINK = "http://localhost:8082/api/v1/cases/by-referral/x";

    @Test
    void momentsReadAsUkLocalTimeGreenwichInWinterAndSummerTimeInSummer() {
        Message winter = Message.of(new Notice.DutyAlert("OD-2026-000001", "RED", 4, "S47_STRATEGY_DISCUSSION",
                Instant.parse("2026-12-02T09:30:00Z"), LINK));
        Message summer = Message.of(new Notice.DutyAlert("OD-2026-000002", "RED", 4, "S47_STRATEGY_DISCUSSION",
                Instant.parse("2026-07-01T08:00:00Z"), LINK));
        Message unknown = Message.of(new Notice.DutyAlert("OD-2026-000003", "RED", 4, "S47_STRATEGY_DISCUSSION",
                null, LINK));

        assertThat(winter.body()).contains("Decision due by: 2 December 2026 at 09:30").doesNotContain("Z");
        assertThat(summer.body()).contains("Decision due by: 1 July 2026 at 09:00");
        assertThat(unknown.body()).contains("Decision due by: not recorded");
        assertThat(Message.of(new Notice.OperationEncompass(List.of(new Notice.Child("Eve Green",
                LocalDate.parse("2017-02-03"), null), new Notice.Child("Sam Green", null, 6)), "PR-1",
                Instant.parse("2026-06-20T22:45:00Z"), "Home address", "yes", "not recorded", "not recorded")).body())
                .contains("Child: Eve Green, born 3 February 2017",
                        "Child: Sam Green, date of birth not known (about 6 years old)",
                        "Date and time of the incident: 20 June 2026 at 23:45");
    }

    @Test
    void theArticleAgreesWithTheWordAfterIt() {
        assertThat(Message.of(overdue("AMBER")).body()).startsWith("An AMBER case for team-x passed its decision");
        assertThat(Message.of(overdue("RED")).body()).startsWith("A RED case for team-x passed its decision");
        assertThat(Message.of(overdue(null)).body()).startsWith("A case for team-x passed its decision");
        assertThat(Message.of(overdue(null)).subject()).isEqualTo("OD-2026-000004: decision overdue (priority "
                + "not recorded)");
        assertThat(Message.of(failed("OPERATION_ENCOMPASS")).subject())
                .isEqualTo("OD-2026-000005: an OPERATION_ENCOMPASS notification could not be delivered");
        assertThat(Message.of(failed("DUTY_ALERT")).body())
                .startsWith("OpenDoor could not deliver a DUTY_ALERT notification for referral OD-2026-000005.");
    }

    @Test
    void everyValueIsWrittenAsTextAsItCame() {
        Message message = Message.of(new Notice.DeliveryFailed("OD-2026-000006", "DUTY_ALERT",
                "<b>duty@example.org</b>", "webhook answered <i>503</i> & more", LINK));

        assertThat(message.body()).contains("Recipient: <b>duty@example.org</b>",
                "Reason: webhook answered <i>503</i> & more").doesNotContain("&lt;", "&amp;");
    }

    private static Notice overdue(String priority) {
        return new Notice.DecisionOverdue("OD-2026-000004", priority, "team-x", Instant.parse("2026-11-21T09:00:00Z"),
                Instant.parse("2026-11-21T09:05:00Z"), LINK);
    }

    private static Notice failed(String purpose) {
        return new Notice.DeliveryFailed("OD-2026-000005", purpose, "duty@example.org", "no recipient", LINK);
    }
}
