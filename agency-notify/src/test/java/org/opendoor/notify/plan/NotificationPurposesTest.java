package org.opendoor.notify.plan;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.opendoor.infra.Mailbox;
import org.opendoor.infra.TestInfrastructure;
import org.opendoor.model.CaseEscalated;
import org.opendoor.model.EventEnvelope;
import org.opendoor.model.EventType;
import org.opendoor.model.Flag;
import org.opendoor.model.Pathway;
import org.opendoor.model.Priority;
import org.opendoor.model.ReferralDecided;
import org.opendoor.model.ReferralReceived;
import org.opendoor.model.ReferralTriaged;
import org.opendoor.notify.support.Events;
import org.opendoor.notify.support.Mail;
import org.opendoor.notify.support.Notifications;
import org.opendoor.notify.support.NotifyTestResource;

@QuarkusTest
@QuarkusTestResource(NotifyTestResource.class)
class NotificationPurposesTest {
    /** On the management interface: /q/* is not on the public port. */
    @TestHTTPResource(value = "/", management = true)
    URL management;

    private URL metrics() {
        return TestInfrastructure.at(management, "/q/metrics");
    }

    private static final String LEICESTERSHIRE = "E10000018";
    private static final String DSL_100001 = "dsl@100001.schools.opendoor.local";
    private static final String CSC = "childrens-social-care@leicestershire.opendoor.local";
    private static final String MARAC = "marac@leicestershire.opendoor.local";
    private static final String PPU = "ppu-leicestershire@leics.police.opendoor.local";
    private static final String DUTY_TEAM = "first-response@leicestershire.duty.opendoor.local";
    private static final String HEALTH_VISITING = "health-visiting@leicestershire.opendoor.local";
    private static final String DUTY_MANAGER = "duty-manager@leicestershire.opendoor.local";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aPoliceDomesticAbuseReferralReachesEveryAgencyOnceEvenWhenTriageComesFirstAndEventsTwice() throws Exception {
        UUID referralId = UUID.randomUUID();
        String reference = "OD-2026-" + ThreadLocalRandom.current().nextInt(100000, 999999);
        String policeReference = "PR-" + ThreadLocalRandom.current().nextInt(100000, 999999);
        ReferralReceived referral = Events.policeReferral(referralId, reference, policeReference, List.of(
                Events.child("Ava", "Smith", LocalDate.parse("2018-03-04"), "100001", false),
                Events.child("Ben", "Smith", LocalDate.parse("2015-07-08"), "100001", true)));
        ReferralTriaged triaged = Events.triaged(referral, LEICESTERSHIRE, Priority.RED, Set.of(Flag.MARAC_REFERRAL,
                Flag.OPERATION_ENCOMPASS, Flag.POLICE_STRATEGY_DISCUSSION, Flag.HEALTH_VISITOR));
        // triaged on Christmas Eve (a Thursday) evening: Fri 25 and Mon 28 Dec 2026 are bank holidays, then a weekend
        EventEnvelope triagedEvent = Events.envelope(EventType.REFERRAL_TRIAGED, referralId, triaged,
                Instant.parse("2026-12-24T18:00:00Z"));
        EventEnvelope receivedEvent = Events.envelope(EventType.REFERRAL_RECEIVED, referralId, referral,
                Instant.parse("2026-11-20T21:00:00Z"));

        Events.publish(triagedEvent);
        Mail.one(DUTY_TEAM, reference); // handled before the referral arrived: the duty alert needs only triage
        assertThat(waitingEvents(referralId)).isEqualTo(1);
        Events.publish(receivedEvent, triagedEvent, receivedEvent);

        Mailbox.Mail encompass = Mail.one(DSL_100001, policeReference);
        assertThat(encompass.subject()).isEqualTo("Operation Encompass: police reference " + policeReference);
        assertThat(encompass.body()).contains("Child: Ava Smith, born 4 March 2018", "Police reference: " + policeReference,
                "Date and time of the incident: 20 November 2026 at 18:30", "Location: Home address", "Child present: yes",
                "Voice of the child: Said she hid under the bed",
                "Brief circumstances: Verbal and physical altercation between adults");
        assertThat(encompass.body()).doesNotContain("Ben", "Secret Lane", "LE11", "Neighbour", "9434765919", "DASH",
                "A123456789012", reference);
        Mailbox.Mail homeEducated = Mail.one(CSC, policeReference);
        assertThat(homeEducated.body()).contains("Child: Ben Smith, born 8 July 2015").doesNotContain("Ava");

        Mailbox.Mail marac = Mail.one(MARAC, reference);
        assertThat(marac.body()).contains("DASH risk level: HIGH", "DASH score: 15", "Q1: YES", "Q2: NO", "Q10: YES",
                policeReference).doesNotContain("Smith", "Secret Lane", "Neighbour");
        assertThat(marac.body().indexOf("Q2: NO")).isLessThan(marac.body().indexOf("Q10: YES"));
        assertThat(Mail.one(PPU, reference).body()).contains("strategy discussion", policeReference,
                "Please respond by: 21 November 2026 at 09:00").doesNotContain("Smith");
        assertThat(Mail.one(HEALTH_VISITING, reference).body()).contains("Urgency: RED").doesNotContain("Smith");
        assertThat(Mail.one("officer-" + reference.toLowerCase() + "@leics.police.uk", reference).body())
                .contains("received", "http://localhost:8081/api/v1/referrals/" + referralId).doesNotContain("Smith");

        Events.publish(Events.envelope(EventType.REFERRAL_DECIDED, referralId, new ReferralDecided(referralId,
                triaged.caseId(), reference, LEICESTERSHIRE, Pathway.S47_STRATEGY_DISCUSSION,
                Instant.parse("2026-11-21T08:00:00Z")), Instant.now()));
        Events.publish(Events.envelope(EventType.CASE_ESCALATED, referralId, new CaseEscalated(referralId,
                triaged.caseId(), reference, LEICESTERSHIRE, "team", Priority.RED,
                Instant.parse("2026-11-21T09:00:00Z"), Instant.parse("2026-11-21T09:05:00Z")), Instant.now()));
        assertThat(Mail.await("officer-" + reference.toLowerCase() + "@leics.police.uk", "outcome").get(0).body())
                .contains("Outcome: a strategy discussion (section 47 enquiries) (S47_STRATEGY_DISCUSSION)");
        assertThat(Mail.one(DUTY_MANAGER, reference + ": decision overdue").body())
                .contains("Decision was due by: 21 November 2026 at 09:00");

        JsonPath notifications = Notifications.awaitSettled(referralId, LEICESTERSHIRE, 9);
        assertThat(notifications.getList("purpose", String.class)).containsExactlyInAnyOrder(
                "REFERRER_ACKNOWLEDGEMENT", "DUTY_ALERT", "POLICE_STRATEGY_DISCUSSION", "OPERATION_ENCOMPASS",
                "OPERATION_ENCOMPASS", "MARAC_REFERRAL", "HEALTH_VISITOR", "REFERRER_FEEDBACK", "SLA_ESCALATION");
        Map<String, Object> toSchool = notifications.getList("findAll { it.recipient == '" + DSL_100001 + "' }",
                Map.class).get(0);
        assertThat(toSchool).containsEntry("purpose", "OPERATION_ENCOMPASS").containsEntry("channel", "EMAIL")
                .containsEntry("attempts", 1).containsEntry("dueBy", "2026-12-29T08:30:00Z");
        assertThat(notifications.getList("findAll { it.purpose == 'DUTY_ALERT' }.dueBy", String.class))
                .containsExactly("2026-11-21T09:00:00Z");
        assertThat(notifications.getList("sentAt", String.class)).doesNotContainNull();

        // a duplicate of every event later still sends nothing more
        Events.publish(receivedEvent, triagedEvent);
        // counts only grow: once the duplicates have had time to arrive, what is seen is final
        Awaitility.await("still one mail each and nine notifications").pollDelay(Duration.ofMillis(1_500))
                .atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
                    assertThat(Mail.matching(DSL_100001, policeReference)).hasSize(1);
                    assertThat(Mail.matching(DUTY_TEAM, reference)).hasSize(1);
                    assertThat(notificationCount(referralId)).isEqualTo(9);
                });
    }

    @Test
    void notificationsAreVisibleOnlyInTheReferralsOwnAuthorityAndEveryReadIsAudited() throws Exception {
        UUID referralId = UUID.randomUUID();
        String reference = "OD-2026-" + ThreadLocalRandom.current().nextInt(100000, 999999);
        ReferralReceived referral = Events.publicReferral(referralId, reference);
        Events.publish(Events.envelope(EventType.REFERRAL_RECEIVED, referralId, referral, Instant.now()),
                Events.envelope(EventType.REFERRAL_TRIAGED, referralId,
                        Events.triaged(referral, "E06000017", Priority.RED, Set.of()), Instant.now()));

        assertThat(Mail.one("childrens-duty@rutland.duty.opendoor.local", reference).subject())
                .isEqualTo(reference + ": RED referral for your duty team");
        JsonPath own = Notifications.awaitSettled(referralId, "E06000017", 1);
        // a member of the public is not sent acknowledgements or outcomes
        assertThat(own.getList("purpose", String.class)).containsExactly("DUTY_ALERT");

        given().auth().oauth2(Notifications.token("duty_manager", LEICESTERSHIRE))
                .queryParam("referralId", referralId.toString())
                .when().get("/api/v1/notifications").then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Notifications.token("auditor", "E06000017"))
                .queryParam("referralId", referralId.toString())
                .when().get("/api/v1/notifications").then().statusCode(200);
        given().auth().oauth2(Notifications.token("school", "E06000017"))
                .queryParam("referralId", referralId.toString())
                .when().get("/api/v1/notifications").then().statusCode(403);
        given().queryParam("referralId", referralId.toString()).when().get("/api/v1/notifications").then()
                .statusCode(401);
        given().auth().oauth2(Notifications.token("duty_worker", "E06000017")).queryParam("referralId", "not-a-uuid")
                .when().get("/api/v1/notifications").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", org.hamcrest.Matchers
                        .equalTo("referralId"));
        assertThat(auditOutcomes(referralId)).contains("200", "404");
    }

    @Test
    void aChildAtAnUnknownSchoolIsNeverSkippedItFailsWithNoRecipientAndTheDutyManagerIsAlerted() throws Exception {
        UUID referralId = UUID.randomUUID();
        String reference = "OD-2026-" + ThreadLocalRandom.current().nextInt(100000, 999999);
        String policeReference = "PR-" + ThreadLocalRandom.current().nextInt(100000, 999999);
        ReferralReceived referral = Events.policeReferral(referralId, reference, policeReference,
                List.of(Events.child("Cara", "Jones", LocalDate.parse("2017-01-02"), "999999", false)));
        Events.publish(Events.envelope(EventType.REFERRAL_RECEIVED, referralId, referral, Instant.now()),
                Events.envelope(EventType.REFERRAL_TRIAGED, referralId, Events.triaged(referral, "E06000016",
                        Priority.AMBER, Set.of(Flag.OPERATION_ENCOMPASS)), Instant.now()));

        Mailbox.Mail alert = Mail.one("duty-manager@leicester.opendoor.local", reference);
        assertThat(alert.subject()).isEqualTo(reference + ": an OPERATION_ENCOMPASS notification could not be delivered");
        assertThat(alert.body()).contains("school URN 999999", "Reason: no recipient").doesNotContain("Cara");
        JsonPath all = Notifications.of(referralId, "E06000016");
        Map<String, Object> encompass = all.getList("findAll { it.purpose == 'OPERATION_ENCOMPASS' }", Map.class)
                .get(0);
        assertThat(encompass).containsEntry("status", "FAILED").containsEntry("lastError", "no recipient")
                .doesNotContainKey("channel");
    }

    @Test
    void aNoticeSentAfterItsDueTimeIsMarkedLateAndCounted() throws Exception {
        UUID referralId = UUID.randomUUID();
        String reference = "OD-2025-" + ThreadLocalRandom.current().nextInt(100000, 999999);
        String policeReference = "PR-" + ThreadLocalRandom.current().nextInt(100000, 999999);
        ReferralReceived referral = Events.policeReferral(referralId, reference, policeReference,
                List.of(Events.child("Dan", "Brown", LocalDate.parse("2016-05-06"), "200001", false)));
        // triaged long ago (a replayed backlog): the next school day has passed
        Events.publish(Events.envelope(EventType.REFERRAL_RECEIVED, referralId, referral, Instant.now()),
                Events.envelope(EventType.REFERRAL_TRIAGED, referralId, Events.triaged(referral, "E06000015",
                        Priority.AMBER, Set.of(Flag.OPERATION_ENCOMPASS)), Instant.parse("2025-06-02T10:00:00Z")));

        Mail.one("dsl@200001.schools.opendoor.local", policeReference);
        Map<String, Object> encompass = Notifications.awaitSettled(referralId, "E06000015", 2)
                .getList("findAll { it.purpose == 'OPERATION_ENCOMPASS' }", Map.class).get(0);
        assertThat(encompass).containsEntry("late", true).containsEntry("dueBy", "2025-06-03T07:30:00Z");
        String metrics = given().when().get(metrics()).then().statusCode(200).extract().asString();
        double late = metrics.lines().filter(l -> l.startsWith(
                        "opendoor_notifications_late_total{purpose=\"OPERATION_ENCOMPASS\"}"))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).findFirst().orElse(0);
        assertThat(late).isGreaterThanOrEqualTo(1.0);
    }

    @Test
    void aTriagedEventWithoutItsReferenceIsDeadLetteredAndDoesNotHoldUpTheNextEvent() throws Exception {
        UUID referralId = UUID.randomUUID();
        String reference = "OD-2026-" + ThreadLocalRandom.current().nextInt(100000, 999999);
        ReferralReceived referral = Events.publicReferral(referralId, reference);
        com.fasterxml.jackson.databind.node.ObjectNode payload = org.opendoor.model.Json.mapper()
                .valueToTree(Events.triaged(referral, "E06000017", Priority.RED, Set.of()));
        payload.remove("reference");
        EventEnvelope broken = new EventEnvelope(UUID.randomUUID(), "ReferralTriaged", 1, Instant.now(), referralId,
                null, payload);
        Events.publish(broken, Events.envelope(EventType.REFERRAL_TRIAGED, referralId,
                Events.triaged(referral, "E06000017", Priority.RED, Set.of()), Instant.now()));

        Mail.one("childrens-duty@rutland.duty.opendoor.local", reference);
        assertThat(Notifications.deadLetterReason(dataSource, broken.eventId())).hasValueSatisfying(
                reason -> assertThat(reason).contains("reference is required"));
    }

    @Test
    void anOutOfAreaCaseIsNotDeadLetteredItsAlertReachesThePartnershipFrontDoor() throws Exception {
        UUID referralId = UUID.randomUUID();
        String reference = "OD-2026-" + ThreadLocalRandom.current().nextInt(100000, 999999);
        ReferralReceived referral = Events.publicReferral(referralId, reference);
        ReferralTriaged placed = Events.triaged(referral, null, Priority.RED, Set.of());
        ReferralTriaged outOfArea = new ReferralTriaged(placed.referralId(), placed.caseId(), placed.reference(), null,
                "out-of-area-transfers", placed.level(), placed.priority(), placed.recommendedPathway(), placed.flags(),
                placed.rulesetVersion(), placed.decisionDueAt(), org.opendoor.model.CaseStatus.TRANSFERRED_OUT_OF_AREA, 0);
        Events.publish(Events.envelope(EventType.REFERRAL_RECEIVED, referralId, referral, Instant.now()),
                Events.envelope(EventType.REFERRAL_TRIAGED, referralId, outOfArea, Instant.now()));

        Mailbox.Mail alert = Mail.one("front-door-operations@partnership.opendoor.local", reference);
        assertThat(alert.subject()).contains(reference);
        assertThat(count("SELECT count(*) FROM dead_letter WHERE payload LIKE '%' || ?::text || '%'", referralId)).isZero();
    }

    @Test
    void aHubCaseNoAuthorityHoldsEscalatesToItsHubsDutyManager() throws Exception {
        UUID referralId = UUID.randomUUID();
        String reference = "OD-2026-" + ThreadLocalRandom.current().nextInt(100000, 999999);
        Events.publish(Events.envelope(EventType.CASE_ESCALATED, referralId, new CaseEscalated(referralId,
                UUID.randomUUID(), reference, null, "ddscp-partnership-hub", Priority.AMBER,
                Instant.parse("2026-11-23T17:00:00Z"), Instant.parse("2026-11-23T17:00:30Z")), Instant.now()));

        assertThat(Mail.one("hub-duty-manager@ddscp.opendoor.local", reference + ": decision overdue").body())
                .contains("An AMBER case for ddscp-partnership-hub passed its decision deadline");
        assertThat(Notifications.awaitSettled(referralId, "E10000007", 1).getList("purpose", String.class))
                .containsExactly("SLA_ESCALATION");
    }

    private int waitingEvents(UUID referralId) throws Exception {
        return count("SELECT count(*) FROM waiting_event WHERE referral_id = ?", referralId);
    }

    private int notificationCount(UUID referralId) throws Exception {
        return count("SELECT count(*) FROM notification WHERE referral_id = ?", referralId);
    }

    private List<String> auditOutcomes(UUID referralId) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(
                "SELECT outcome FROM audit_record WHERE action = 'READ_NOTIFICATIONS' AND target = ?")) {
            q.setString(1, referralId.toString());
            List<String> outcomes = new java.util.ArrayList<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    outcomes.add(rs.getString(1));
                }
            }
            return outcomes;
        }
    }

    private int count(String sql, UUID referralId) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            q.setObject(1, referralId);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
