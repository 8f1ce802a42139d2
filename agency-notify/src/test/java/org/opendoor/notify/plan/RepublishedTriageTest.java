package org.opendoor.notify.plan;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

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
import org.opendoor.model.EventEnvelope;
import org.opendoor.model.EventType;
import org.opendoor.model.Flag;
import org.opendoor.model.Priority;
import org.opendoor.model.ReferralReceived;
import org.opendoor.model.ReferralTriaged;
import org.opendoor.notify.support.Events;
import org.opendoor.notify.support.Mail;
import org.opendoor.notify.support.Notifications;
import org.opendoor.notify.support.NotifyTestResource;

/**
 * Triage publishes ReferralTriaged again, under a new event id, when a hub case's authority or a possible match is
 * confirmed. Each purpose and recipient is told once per referral: only what changed goes out.
 */
@QuarkusTest
@QuarkusTestResource(NotifyTestResource.class)
class RepublishedTriageTest {
    private static final String LEICESTERSHIRE = "E10000018";
    private static final String LEICESTER = "E06000016";
    private static final String DERBY = "E06000015";
    private static final String DSL_100001 = "dsl@100001.schools.opendoor.local";
    private static final String LLR_HUB = "hub@llr.duty.opendoor.local";
    private static final String LLR_HUB_MANAGER = "hub-duty-manager@llr.opendoor.local";
    private static final Set<Flag> ALL_NOTICES = Set.of(Flag.OPERATION_ENCOMPASS, Flag.MARAC_REFERRAL,
            Flag.POLICE_STRATEGY_DISCUSSION, Flag.HEALTH_VISITOR);

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theSameTriagePublishedAgainUnderANewEventIdSendsNothingMore() throws Exception {
        Case c = policeCase();
        ReferralTriaged triaged = Events.triaged(c.referral, LEICESTERSHIRE, Priority.RED, ALL_NOTICES);
        Events.publish(received(c), triagedEvent(triaged));
        JsonPath first = Notifications.awaitSettled(c.referralId, LEICESTERSHIRE, 7);

        EventEnvelope again = triagedEvent(triaged);
        Events.publish(again);
        Notifications.awaitHandled(dataSource, again.eventId());

        JsonPath after = Notifications.of(c.referralId, LEICESTERSHIRE);
        assertThat(Notifications.perPurposeAndRecipient(after)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "REFERRER_ACKNOWLEDGEMENT -> officer-" + c.reference.toLowerCase() + "@leics.police.uk", 1,
                "DUTY_ALERT -> first-response@leicestershire.duty.opendoor.local", 1,
                "POLICE_STRATEGY_DISCUSSION -> ppu-leicestershire@leics.police.opendoor.local", 1,
                "MARAC_REFERRAL -> marac@leicestershire.opendoor.local", 1,
                "HEALTH_VISITOR -> health-visiting@leicestershire.opendoor.local", 1,
                "OPERATION_ENCOMPASS -> " + DSL_100001, 1,
                "OPERATION_ENCOMPASS -> childrens-social-care@leicestershire.opendoor.local", 1));
        assertThat(after.getList("id")).isEqualTo(first.getList("id"));
        assertThat(Mail.matching(DSL_100001, c.policeReference)).hasSize(1);
        assertThat(Mail.matching("marac@leicestershire.opendoor.local", c.reference)).hasSize(1);
    }

    @Test
    void aFlagSetWhenTriageRunsTheRulesAgainSendsOnlyItsOwnNotice() throws Exception {
        Case c = policeCase();
        Events.publish(received(c), triagedEvent(Events.triaged(c.referral, LEICESTER, Priority.AMBER,
                Set.of(Flag.OPERATION_ENCOMPASS, Flag.POLICE_STRATEGY_DISCUSSION))));
        Notifications.awaitSettled(c.referralId, LEICESTER, 4);

        // a confirmed possible match brought prior domestic abuse incidents: MARAC now applies, and it is RED
        EventEnvelope rerun = triagedEvent(Events.triaged(c.referral, LEICESTER, Priority.RED,
                Set.of(Flag.OPERATION_ENCOMPASS, Flag.POLICE_STRATEGY_DISCUSSION, Flag.MARAC_REFERRAL)));
        Events.publish(rerun);
        Notifications.awaitHandled(dataSource, rerun.eventId());

        JsonPath after = Notifications.awaitSettled(c.referralId, LEICESTER, 6);
        assertThat(Notifications.perPurposeAndRecipient(after)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "REFERRER_ACKNOWLEDGEMENT -> officer-" + c.reference.toLowerCase() + "@leics.police.uk", 1,
                "POLICE_STRATEGY_DISCUSSION -> ppu-leicester@leics.police.opendoor.local", 1,
                "OPERATION_ENCOMPASS -> " + DSL_100001, 1,
                "OPERATION_ENCOMPASS -> childrens-social-care@leicester.opendoor.local", 1,
                "MARAC_REFERRAL -> marac@leicester.opendoor.local", 1,
                "DUTY_ALERT -> duty-advice@leicester.duty.opendoor.local", 1));
        assertThat(Mail.matching("ppu-leicester@leics.police.opendoor.local", c.reference)).hasSize(1);
        assertThat(Mail.one("marac@leicester.opendoor.local", c.reference).body()).contains("Q10: YES");
    }

    @Test
    void aHubCaseWithNoAuthorityAlertsItsHubAndConfirmingTheAuthoritySendsOnlyWhatIsNew() throws Exception {
        Case c = policeCase();
        Set<Flag> hubFlags = Set.of(Flag.OPERATION_ENCOMPASS, Flag.POLICE_STRATEGY_DISCUSSION, Flag.HEALTH_VISITOR,
                Flag.CONFIRM_AUTHORITY);
        Events.publish(received(c), triagedEvent(Events.triagedIn(c.referral, null, "llr-partnership-hub",
                Priority.RED, hubFlags)));

        // the hub's front door has the duty alert; the school is told; what needs an authority is failed visibly
        assertThat(Mail.one(LLR_HUB, c.reference).subject())
                .isEqualTo(c.reference + ": RED referral for your duty team");
        Mail.one(DSL_100001, c.policeReference);
        JsonPath hub = Notifications.awaitSettled(c.referralId, LEICESTER, 9);
        assertThat(hub.getList("findAll { it.status == 'FAILED' }.recipient", String.class)).containsExactlyInAnyOrder(
                "none: POLICE_PUBLIC_PROTECTION of LLR", "none: HEALTH_VISITING of LLR",
                "none: children's social care of LLR");
        assertThat(hub.getList("findAll { it.purpose == 'DELIVERY_FAILED' }.recipient", String.class))
                .containsOnly(LLR_HUB_MANAGER).hasSize(3);
        // every authority of the partnership works its hub; another partnership's does not
        given().auth().oauth2(Notifications.token("duty_worker", DERBY)).queryParam("referralId",
                c.referralId.toString()).when().get("/api/v1/notifications").then().statusCode(404);

        // the hub confirms the child lives in Leicestershire: triage publishes the case again, flags changed
        Set<Flag> confirmedFlags = Set.of(Flag.OPERATION_ENCOMPASS, Flag.POLICE_STRATEGY_DISCUSSION,
                Flag.HEALTH_VISITOR);
        EventEnvelope confirmed = triagedEvent(Events.triagedIn(c.referral, LEICESTERSHIRE,
                "leicestershire-first-response", Priority.RED, confirmedFlags));
        Events.publish(confirmed);
        Notifications.awaitHandled(dataSource, confirmed.eventId());

        JsonPath after = Notifications.awaitSettled(c.referralId, LEICESTERSHIRE, 13);
        assertThat(Notifications.perPurposeAndRecipient(after)).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("REFERRER_ACKNOWLEDGEMENT -> officer-" + c.reference.toLowerCase() + "@leics.police.uk", 1),
                Map.entry("DUTY_ALERT -> " + LLR_HUB, 1),
                Map.entry("OPERATION_ENCOMPASS -> " + DSL_100001, 1),
                Map.entry("POLICE_STRATEGY_DISCUSSION -> none: POLICE_PUBLIC_PROTECTION of LLR", 1),
                Map.entry("HEALTH_VISITOR -> none: HEALTH_VISITING of LLR", 1),
                Map.entry("OPERATION_ENCOMPASS -> none: children's social care of LLR", 1),
                Map.entry("DELIVERY_FAILED -> " + LLR_HUB_MANAGER, 3),
                Map.entry("DUTY_ALERT -> first-response@leicestershire.duty.opendoor.local", 1),
                Map.entry("POLICE_STRATEGY_DISCUSSION -> ppu-leicestershire@leics.police.opendoor.local", 1),
                Map.entry("HEALTH_VISITOR -> health-visiting@leicestershire.opendoor.local", 1),
                Map.entry("OPERATION_ENCOMPASS -> childrens-social-care@leicestershire.opendoor.local", 1)));
        assertThat(Mail.matching(DSL_100001, c.policeReference)).hasSize(1);
        assertThat(Mail.matching(LLR_HUB, c.reference)).hasSize(1);
        assertThat(Mail.one("ppu-leicestershire@leics.police.opendoor.local", c.reference).body())
                .contains(c.policeReference);
    }

    private record Case(UUID referralId, String reference, String policeReference, ReferralReceived referral) {
    }

    /** A police domestic abuse referral: one child at Leicestershire school 100001, one educated at home. */
    private static Case policeCase() {
        UUID referralId = UUID.randomUUID();
        String reference = "OD-2026-" + ThreadLocalRandom.current().nextInt(100000, 999999);
        String policeReference = "PR-" + ThreadLocalRandom.current().nextInt(100000, 999999);
        ReferralReceived referral = Events.policeReferral(referralId, reference, policeReference, List.of(
                Events.child("Ava", "Smith", LocalDate.parse("2018-03-04"), "100001", false),
                Events.child("Ben", "Smith", LocalDate.parse("2015-07-08"), "100001", true)));
        return new Case(referralId, reference, policeReference, referral);
    }

    private static EventEnvelope received(Case c) {
        return Events.envelope(EventType.REFERRAL_RECEIVED, c.referralId, c.referral, Instant.now());
    }

    private static EventEnvelope triagedEvent(ReferralTriaged triaged) {
        return Events.envelope(EventType.REFERRAL_TRIAGED, triaged.referralId(), triaged, Instant.now());
    }
}
