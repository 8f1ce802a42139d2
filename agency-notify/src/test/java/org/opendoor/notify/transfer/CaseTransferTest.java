package org.opendoor.notify.transfer;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.opendoor.infra.Mailbox;
import org.opendoor.infra.TestInfrastructure;
import org.opendoor.model.CaseTransferred;
import org.opendoor.model.EventEnvelope;
import org.opendoor.model.EventType;
import org.opendoor.model.Json;
import org.opendoor.model.Priority;
import org.opendoor.model.ReferralReceived;
import org.opendoor.notify.support.Events;
import org.opendoor.notify.support.Mail;
import org.opendoor.notify.support.Notifications;
import org.opendoor.notify.support.NotifyTestResource;

/**
 * A duty worker hands a case to the front door of an authority outside the partnerships: that front door gets a
 * notice when the directory has one, and otherwise the sending duty team gets the call to make.
 */
@QuarkusTest
@QuarkusTestResource(NotifyTestResource.class)
class CaseTransferTest {
    private static final String LEICESTERSHIRE = "E10000018";
    private static final String LEICESTER = "E06000016";
    private static final String DERBY = "E06000015";
    private static final String WESTMINSTER = "E09000033";
    private static final String LINCOLNSHIRE = "E10000019";
    private static final String NOTTINGHAMSHIRE = "E10000024";
    private static final String WESTMINSTER_FRONT_DOOR = "front-door@westminster.demo.opendoor.local";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aCaseTransferredToAnAuthorityWithAFrontDoorSendsItANoticeWithNoPersonalDetails() throws Exception {
        String admin = TestInfrastructure.shared().tokens().mint("rules_admin", "ORG:LLR-SAFEGUARDING-PARTNERSHIP",
                null, null, "LLR");
        given().auth().oauth2(admin).contentType("application/json").body(Map.of("name",
                        "Westminster children's services front door (demo)", "localAuthority", WESTMINSTER,
                        "channel", "EMAIL", "address", WESTMINSTER_FRONT_DOOR))
                .when().put("/api/v1/directory/DUTY_TEAM/" + WESTMINSTER).then().statusCode(200);
        // only a front door may belong to an authority outside the partnerships
        given().auth().oauth2(admin).contentType("application/json").body(Map.of("name", "Westminster MARAC",
                        "localAuthority", WESTMINSTER, "channel", "EMAIL", "address", "marac@westminster.example"))
                .when().put("/api/v1/directory/MARAC_COORDINATOR/" + WESTMINSTER).then().statusCode(400)
                .body("violations[0].field", equalTo("localAuthority"));

        ReferralReceived referral = referralIn();
        // a Tuesday in December (GMT): handed over within one working day
        Events.publish(received(referral), triaged(referral, LEICESTERSHIRE), transfer(Events.transferred(referral,
                LEICESTERSHIRE, "leicestershire-first-response", Priority.AMBER, WESTMINSTER, "Westminster", null,
                Instant.parse("2026-12-01T09:30:00Z"))));

        Mailbox.Mail notice = Mail.one(WESTMINSTER_FRONT_DOOR, referral.reference());
        assertThat(notice.subject())
                .isEqualTo(referral.reference() + ": a case transferred to your front door (AMBER)");
        assertThat(notice.body()).contains(
                "First Response Children's Duty (Leicestershire) has transferred case " + referral.reference()
                        + " to Westminster",
                "Urgency: AMBER", "Transferred on: 1 December 2026 at 09:30",
                "Please take it on by: 2 December 2026 at 09:30",
                "Call First Response Children's Duty (Leicestershire) on 0116 305 0005",
                "Email: first-response@leicestershire.duty.opendoor.local");
        assertThat(notice.body()).doesNotContain("Ava", "Smith", "Secret Lane", "LE11", "Neighbour", "9434765919",
                "http");

        JsonPath seen = Notifications.awaitSettled(referral.referralId(), LEICESTERSHIRE, 2);
        Map<String, Object> sent = seen.getMap("find { it.purpose == 'TRANSFER_NOTICE' }");
        assertThat(sent).containsEntry("recipient", WESTMINSTER_FRONT_DOOR).containsEntry("status", "SENT")
                .containsEntry("dueBy", "2026-12-02T09:30:00Z");
        assertThat(seen.getList("purpose", String.class)).doesNotContain("TRANSFER_CALL_REQUIRED");
    }

    @Test
    void withNoFrontDoorToNotifyTheSendingDutyTeamIsAskedToCallTheNumberOnce() throws Exception {
        ReferralReceived referral = referralIn();
        // RED, in summer (BST): within the hour
        EventEnvelope toLincolnshire = transfer(Events.transferred(referral, LEICESTER, "leicester-duty-and-advice",
                Priority.RED, LINCOLNSHIRE, "Lincolnshire", "01522 782111", Instant.parse("2026-07-01T08:00:00Z")));
        Events.publish(received(referral), triaged(referral, LEICESTER), toLincolnshire);

        Mailbox.Mail task = Mail.one("duty-advice@leicester.duty.opendoor.local", "call Lincolnshire");
        assertThat(task.subject()).isEqualTo(referral.reference() + ": call Lincolnshire to hand over the case (RED)");
        assertThat(task.body()).contains("Call Lincolnshire on 01522 782111 to hand over case "
                + referral.reference() + ".", "Hand it over by: 1 July 2026 at 10:00",
                "Transferred on: 1 July 2026 at 09:00", "http://localhost:8080/staff/cases/by-referral/"
                        + referral.referralId()).doesNotContain("Ava", "Smith", "find-local-council");
        JsonPath seen = Notifications.awaitSettled(referral.referralId(), LEICESTER, 2);
        assertThat(seen.getMap("find { it.purpose == 'TRANSFER_CALL_REQUIRED' }"))
                .containsEntry("recipient", "duty-advice@leicester.duty.opendoor.local")
                .containsEntry("status", "SENT").containsEntry("dueBy", "2026-07-01T09:00:00Z");

        // the same transfer published again is not a second call; a later transfer elsewhere is
        EventEnvelope again = transfer(toLincolnshire.payloadAs(CaseTransferred.class));
        EventEnvelope toNottinghamshire = transfer(Events.transferred(referral, LEICESTER,
                "leicester-duty-and-advice", Priority.RED, NOTTINGHAMSHIRE, "Nottinghamshire", "0300 500 80 90",
                Instant.parse("2026-07-02T08:00:00Z")));
        Events.publish(again, toNottinghamshire);
        Notifications.awaitHandled(dataSource, toNottinghamshire.eventId());
        Notifications.awaitHandled(dataSource, again.eventId());
        Mail.one("duty-advice@leicester.duty.opendoor.local", "call Nottinghamshire");
        assertThat(Mail.matching("duty-advice@leicester.duty.opendoor.local", "call Lincolnshire")).hasSize(1);
        assertThat(Notifications.of(referral.referralId(), LEICESTER)
                .getList("findAll { it.purpose == 'TRANSFER_CALL_REQUIRED' }")).hasSize(2);
    }

    @Test
    void aHubCaseTransferredWhereNoNumberIsKnownPointsItsHubToFindYourLocalCouncil() throws Exception {
        ReferralReceived referral = referralIn();
        Events.publish(received(referral), transfer(Events.transferred(referral, null, "ddscp-partnership-hub",
                Priority.AMBER, NOTTINGHAMSHIRE, "Nottinghamshire", null, Instant.parse("2026-12-01T09:30:00Z"))));

        Mailbox.Mail task = Mail.one("hub@ddscp.duty.opendoor.local", "call Nottinghamshire");
        assertThat(task.body()).contains("Call Nottinghamshire to hand over case " + referral.reference(),
                "No phone number is known for its children's services front door",
                "\"Find your local council\" (https://www.gov.uk/find-local-council)",
                "Hand it over by: 2 December 2026 at 09:30").doesNotContain("Ava", "Smith", "not recorded");
        // the hub is worked by its partnership's authorities
        assertThat(Notifications.awaitSettled(referral.referralId(), DERBY, 2).getList("purpose", String.class))
                .containsExactlyInAnyOrder("REFERRER_ACKNOWLEDGEMENT", "TRANSFER_CALL_REQUIRED");
        given().auth().oauth2(Notifications.token("duty_worker", LEICESTERSHIRE))
                .queryParam("referralId", referral.referralId().toString()).when().get("/api/v1/notifications")
                .then().statusCode(404);
    }

    @Test
    void aTransferWithoutAReferenceIsDeadLetteredAndTheNextOneIsHandled() throws Exception {
        ReferralReceived referral = referralIn();
        CaseTransferred complete = Events.transferred(referral, LEICESTERSHIRE, "leicestershire-first-response",
                Priority.GREEN, LINCOLNSHIRE, "Lincolnshire", "01522 782111", Instant.now());
        com.fasterxml.jackson.databind.node.ObjectNode payload = Json.mapper().valueToTree(complete);
        payload.remove("reference");
        EventEnvelope broken = new EventEnvelope(UUID.randomUUID(), "CaseTransferred", 1, Instant.now(),
                referral.referralId(), null, payload);
        Events.publish(broken, transfer(complete));

        Mail.one("first-response@leicestershire.duty.opendoor.local", "call Lincolnshire");
        assertThat(Notifications.deadLetterReason(dataSource, broken.eventId())).hasValueSatisfying(
                reason -> assertThat(reason).contains("reference is required"));
    }

    /** A police referral about a child at a Leicestershire school, with the details a notice must not carry. */
    private static ReferralReceived referralIn() {
        UUID referralId = UUID.randomUUID();
        String reference = "OD-2026-" + ThreadLocalRandom.current().nextInt(100000, 999999);
        return Events.policeReferral(referralId, reference, "PR-" + reference, List.of(
                Events.child("Ava", "Smith", LocalDate.parse("2018-03-04"), "100001", false)));
    }

    private static EventEnvelope received(ReferralReceived referral) {
        return Events.envelope(EventType.REFERRAL_RECEIVED, referral.referralId(), referral, Instant.now());
    }

    private static EventEnvelope triaged(ReferralReceived referral, String la) {
        return Events.envelope(EventType.REFERRAL_TRIAGED, referral.referralId(),
                Events.triaged(referral, la, Priority.AMBER, Set.of()), Instant.now());
    }

    private static EventEnvelope transfer(CaseTransferred transferred) {
        return Events.envelope(EventType.CASE_TRANSFERRED, transferred.referralId(), transferred, Instant.now());
    }
}
