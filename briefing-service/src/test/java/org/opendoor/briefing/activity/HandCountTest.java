package org.opendoor.briefing.activity;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.opendoor.briefing.Analysts;
import org.opendoor.infra.OpenDoorTestResource;
import org.opendoor.model.ConcernCategory;
import org.opendoor.model.Pathway;
import org.opendoor.model.Priority;

/**
 * Re-referral and timeliness figures against a hand count on a small fixture (Rutland, E06000017, which no other
 * test uses). Months are Europe/London; the events arrive as the consumer hands them over, in any order.
 */
@QuarkusTest
@QuarkusTestResource(OpenDoorTestResource.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HandCountTest {
    private static final String RUTLAND = "E06000017";
    private static final UUID AMY = UUID.randomUUID();
    private static final UUID BEN = UUID.randomUUID();
    private static final UUID CAL = UUID.randomUUID();
    private static final UUID DEV = UUID.randomUUID();

    @Inject
    ActivityMessaging messaging;

    @BeforeAll
    void fixture() throws Exception {
        // January 2025: Amy referred (S17) by her school, decided the same afternoon
        ContactEvents jan = new ContactEvents(RUTLAND, "2025-01-15T10:00:00Z", "2A", ConcernCategory.NEGLECT);
        deliver(jan.received(), jan.triaged(Priority.AMBER, AMY), jan.decided(Pathway.S17_ASSESSMENT,
                "2025-01-15T15:00:00Z"));
        // March 2025: Dev referred; May 2026 again, 14 months later: not a re-referral
        ContactEvents mar = new ContactEvents(RUTLAND, "2025-03-03T10:00:00Z", "3A");
        deliver(mar.received(), mar.triaged(Priority.GREEN, DEV), mar.decided(Pathway.S17_ASSESSMENT,
                "2025-03-03T12:00:00Z"));
        // June 2025: police, domestic abuse, Amy and Ben, RED, strategy discussion in 3 hours (the decision's event
        // arriving before the receipt's); Operation Encompass: one notice in time, one late, one failed; MARAC sent
        ContactEvents june = new ContactEvents(RUTLAND, "2025-06-10T10:00:00Z", "6", ConcernCategory.DOMESTIC_ABUSE);
        deliver(june.decided(Pathway.S47_STRATEGY_DISCUSSION, "2025-06-10T13:00:00Z"),
                june.triaged(Priority.RED, AMY, BEN), june.received(),
                june.notice("OPERATION_ENCOMPASS", "2025-06-11T07:30:00Z", "2025-06-10T18:00:00Z"),
                june.notice("OPERATION_ENCOMPASS", "2025-06-11T07:30:00Z", "2025-06-11T09:00:00Z"),
                june.notice("OPERATION_ENCOMPASS", "2025-06-11T07:30:00Z", null),
                june.notice("MARAC_REFERRAL", "2025-06-11T10:00:00Z", "2025-06-10T14:00:00Z"));
        // June 2025: Cal, Friday 17:00 (16:00Z), NFA on Tuesday: later than one working day (Monday 17:00)
        ContactEvents friday = new ContactEvents(RUTLAND, "2025-06-20T16:00:00Z", "1B");
        deliver(friday.received(), friday.triaged(Priority.AMBER, CAL), friday.decided(Pathway.NFA,
                "2025-06-24T08:00:00Z"));
        // June 2026: Ben again exactly 12 months on (a re-referral); Cal referred (his NFA was no referral)
        ContactEvents benAgain = new ContactEvents(RUTLAND, "2026-06-10T10:00:00Z", "6");
        deliver(benAgain.received(), benAgain.triaged(Priority.AMBER, BEN), benAgain.decided(Pathway.S17_ASSESSMENT,
                "2026-06-10T11:00:00Z"));
        ContactEvents cal = new ContactEvents(RUTLAND, "2026-06-11T10:00:00Z", "1A");
        deliver(cal.received(), cal.triaged(Priority.AMBER, CAL), cal.decided(Pathway.S17_ASSESSMENT,
                "2026-06-11T11:00:00Z"));
        ContactEvents devAgain = new ContactEvents(RUTLAND, "2026-05-04T10:00:00Z", "3A");
        deliver(devAgain.received(), devAgain.triaged(Priority.GREEN, DEV), devAgain.decided(Pathway.S17_ASSESSMENT,
                "2026-05-04T12:00:00Z"));
    }

    @Test
    void juneTwentyTwentyFiveMatchesTheHandCount() {
        JsonPath june = briefing("2025-06");
        // contacts: the police one and Cal's; referrals: the strategy discussion only
        assertThat(value(june, "contacts")).isEqualTo(2);
        assertThat(value(june, "contacts-source-police")).isEqualTo(1);
        assertThat(value(june, "contacts-category-domestic-abuse")).isEqualTo(1);
        assertThat(value(june, "referrals")).isEqualTo(1);
        assertThat(value(june, "conversion-rate")).isEqualTo(50.0);
        assertThat(value(june, "nfa-rate")).isEqualTo(50.0);
        // Amy and Ben referred; Amy was referred in January, 5 months before: one re-referral of two
        assertThat(value(june, "child-referrals")).isEqualTo(2);
        assertThat(value(june, "child-re-referrals")).isEqualTo(1);
        assertThat(value(june, "re-referral-rate")).isEqualTo(50.0);
        // decisions: the RED one in 3 hours; Cal's a working day late
        assertThat(value(june, "decisions")).isEqualTo(2);
        assertThat(value(june, "decisions-within-one-working-day")).isEqualTo(1);
        assertThat(value(june, "red-decisions")).isEqualTo(1);
        assertThat(value(june, "red-in-time-rate")).isEqualTo(100.0);
        // Operation Encompass: three due, one before the school day; MARAC: one made
        assertThat(value(june, "encompass-notices")).isEqualTo(3);
        assertThat(value(june, "encompass-notices-on-time")).isEqualTo(1);
        assertThat(value(june, "encompass-on-time-rate")).isEqualTo(33.3);
        assertThat(value(june, "marac-referrals")).isEqualTo(1);
    }

    @Test
    void aReReferralLooksBackTwelveMonthsFromItsOwnDate() {
        JsonPath june = briefing("2026-06");
        // Ben exactly 12 months after his last referral: a re-referral; Cal: his only earlier contact was NFA
        assertThat(value(june, "child-referrals")).isEqualTo(2);
        assertThat(value(june, "child-re-referrals")).isEqualTo(1);
        // Dev in May 2026, 14 months after March 2025: not a re-referral, though both are within a year of today
        JsonPath may = briefing("2026-05");
        assertThat(value(may, "child-referrals")).isEqualTo(1);
        assertThat(value(may, "child-re-referrals")).isEqualTo(0);
    }

    @Test
    void beforeOpenDoorHeldAnAuthoritysContactsItsMonthsAreUnknownNotZero() {
        JsonPath before = briefing("2024-12");
        assertThat(before.getString(path("contacts") + ".value")).isNull();
        assertThat(before.getString(path("contacts") + ".statement")).isEqualTo(
                "Contacts: no figure for December 2024 yet.");
        JsonPath quiet = briefing("2025-02");
        assertThat(value(quiet, "contacts")).isEqualTo(0);
    }

    @Test
    void withoutThreeYearsOfHistoryTheBriefingSaysSoInsteadOfGuessing() {
        JsonPath june = briefing("2025-06");
        assertThat(june.getString(path("contacts") + ".guard")).isEqualTo("NO_BASELINE");
        assertThat(june.getString(path("contacts") + ".direction")).isEqualTo("USUAL");
        assertThat(june.getString(path("contacts") + ".statement")).isEqualTo("Contacts were 2 in June. There is not "
                + "yet enough history (three years of Junes) to say what is usual.");
    }

    private void deliver(org.opendoor.model.EventEnvelope... events) throws Exception {
        for (org.opendoor.model.EventEnvelope e : events) {
            messaging.deliver(e);
        }
    }

    private static JsonPath briefing(String month) {
        return given().auth().oauth2(Analysts.llr()).queryParam("area", RUTLAND).get("/api/v1/briefings/" + month)
                .then().statusCode(200).extract().jsonPath();
    }

    private static String path(String measure) {
        return "sections.measures.flatten().find { it.measure == '" + measure + "' }";
    }

    private static double value(JsonPath briefing, String measure) {
        return briefing.getDouble(path(measure) + ".value");
    }
}
