package org.opendoor.intake.feedback;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.opendoor.intake.TestRequests.SCHOOL_REFERRAL;
import static org.opendoor.intake.TestRequests.dutyToken;
import static org.opendoor.intake.TestRequests.submit;
import static org.opendoor.intake.TestRequests.token;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.opendoor.infra.OpenDoorTestResource;
import org.opendoor.infra.TestInfrastructure;
import org.opendoor.intake.Messaging;
import org.opendoor.messaging.KafkaClients;
import org.opendoor.model.CaseStatus;
import org.opendoor.model.EventEnvelope;
import org.opendoor.model.EventType;
import org.opendoor.model.Pathway;
import org.opendoor.model.Priority;
import org.opendoor.model.ReferralDecided;
import org.opendoor.model.ReferralTriaged;

/** The referrer hears back: intake learns status and outcome from triage's events on Kafka. */
@QuarkusTest
@QuarkusTestResource(OpenDoorTestResource.class)
class ReferralFeedbackTest {
    private static final String LEICESTERSHIRE = "E10000018";
    private static final KafkaProducer<String, String> PRODUCER =
            KafkaClients.producer(TestInfrastructure.shared().bootstrapServers(), "feedback-test");

    @Inject
    AgroalDataSource dataSource;
    @Inject
    Messaging messaging;

    @AfterAll
    static void closeProducer() {
        PRODUCER.close(Duration.ofSeconds(5));
    }

    @Test
    void theSubmittingSchoolSeesStatusThenOutcomeAndDutyStaffOfTheAuthoritySeeItAll() throws Exception {
        UUID id = UUID.fromString(submit("school", "URN:100001", SCHOOL_REFERRAL));
        String school = token("school", "URN:100001");
        read(school, id).statusCode(200).body("status", equalTo("RECEIVED")).body("outcome", nullValue());
        // before triage, no authority's duty staff may see it
        read(dutyToken("duty_worker", LEICESTERSHIRE), id).statusCode(404);

        UUID caseId = UUID.randomUUID();
        EventEnvelope triaged = publish(EventType.REFERRAL_TRIAGED, id, new ReferralTriaged(id, caseId, "OD-x",
                LEICESTERSHIRE, "leicestershire-first-response", 3, Priority.AMBER, Pathway.EARLY_HELP, Set.of(),
                "test", Instant.now().plusSeconds(3600), CaseStatus.AWAITING_DECISION, 0));
        awaitStatus(school, id, "TRIAGED");
        read(school, id).body("localAuthority", nullValue()).body("referral", nullValue());
        read(dutyToken("duty_manager", LEICESTERSHIRE), id).statusCode(200)
                .body("status", equalTo("TRIAGED"))
                .body("localAuthority", equalTo(LEICESTERSHIRE))
                .body("team", equalTo("leicestershire-first-response"))
                .body("caseId", equalTo(caseId.toString()))
                .body("referral.children[0].firstName", equalTo("Amy"));

        publish(EventType.REFERRAL_DECIDED, id, new ReferralDecided(id, caseId, "OD-x", LEICESTERSHIRE,
                Pathway.EARLY_HELP, Instant.parse("2026-11-21T10:02:00Z")));
        awaitStatus(school, id, "DECIDED");
        read(school, id).body("outcome", equalTo("EARLY_HELP")).body("decidedAt", equalTo("2026-11-21T10:02:00Z"));

        // a redelivered triage event changes nothing: the referral stays DECIDED
        republish(triaged);
        publish(EventType.REFERRAL_TRIAGED, id, new ReferralTriaged(id, caseId, "OD-x", LEICESTERSHIRE,
                "leicestershire-first-response", 3, Priority.AMBER, Pathway.EARLY_HELP, Set.of(), "test",
                Instant.now(), CaseStatus.AWAITING_DECISION, 0));
        awaitLastPublishedProcessed();
        read(school, id).body("status", equalTo("DECIDED")).body("outcome", equalTo("EARLY_HELP"));
    }

    @Test
    void everyoneElseGets404AndEveryReadIsAudited() throws Exception {
        UUID id = UUID.fromString(submit("school", "URN:100001", SCHOOL_REFERRAL));
        publish(EventType.REFERRAL_TRIAGED, id, new ReferralTriaged(id, UUID.randomUUID(), "OD-x", LEICESTERSHIRE,
                "team", 1, Priority.GREEN, Pathway.ADVICE_SIGNPOST, Set.of(), "test", Instant.now(),
                CaseStatus.AWAITING_DECISION, 0));
        awaitStatus(token("school", "URN:100001"), id, "TRIAGED");

        read(token("school", "URN:100002"), id).statusCode(404).contentType("application/problem+json");
        read(token("police", "FORCE:LEICS"), id).statusCode(404);
        read(dutyToken("duty_worker", "E06000016"), id).statusCode(404);
        read(token("auditor", "ORG:AUDIT"), id).statusCode(404);
        read(token("school", "URN:100001"), UUID.randomUUID()).statusCode(404);
        given().when().get("/api/v1/referrals/" + id).then().statusCode(401);

        List<String> outcomes = audit(id);
        assertThat(outcomes).contains("FEEDBACK").doesNotContain("FULL");
        assertThat(outcomes.stream().filter("DENIED"::equals).count()).as("denied reads audited").isEqualTo(4);
    }

    @Test
    void anOutOfAreaReferralSaysSo() {
        UUID id = UUID.fromString(submit("school", "URN:100001", SCHOOL_REFERRAL));
        publish(EventType.REFERRAL_TRIAGED, id, new ReferralTriaged(id, UUID.randomUUID(), "OD-x", "OUT_OF_AREA",
                "out-of-area", 1, Priority.GREEN, Pathway.ADVICE_SIGNPOST, Set.of(), "test", Instant.now(),
                CaseStatus.TRANSFERRED_OUT_OF_AREA, 0));
        awaitStatus(token("school", "URN:100001"), id, "TRANSFERRED_OUT_OF_AREA");
    }

    @Test
    void aTriageAndADecisionHandledAtTheSameMomentLeaveTheReferralDecided() throws Exception {
        // two consumers (the topics are not ordered against each other) handle both events about a referral at once
        ExecutorService consumers = Executors.newFixedThreadPool(2);
        List<UUID> ids = new ArrayList<>();
        try {
            for (int i = 0; i < 20; i++) {
                UUID id = UUID.fromString(submit("school", "URN:100001", SCHOOL_REFERRAL));
                ids.add(id);
                UUID caseId = UUID.randomUUID();
                EventEnvelope triaged = EventEnvelope.of(EventType.REFERRAL_TRIAGED, id, id, new ReferralTriaged(id,
                        caseId, "OD-x", LEICESTERSHIRE, "leicestershire-first-response", 3, Priority.AMBER,
                        Pathway.EARLY_HELP, Set.of(), "test", Instant.now(), CaseStatus.AWAITING_DECISION, 0),
                        Instant.now());
                EventEnvelope decided = EventEnvelope.of(EventType.REFERRAL_DECIDED, id, id, new ReferralDecided(id,
                        caseId, "OD-x", LEICESTERSHIRE, Pathway.S17_ASSESSMENT, Instant.now()), Instant.now());
                Future<?> one = consumers.submit(() -> deliver(triaged));
                Future<?> other = consumers.submit(() -> deliver(decided));
                one.get(30, TimeUnit.SECONDS);
                other.get(30, TimeUnit.SECONDS);
            }
        } finally {
            consumers.shutdownNow();
        }
        String school = token("school", "URN:100001");
        for (UUID id : ids) {
            read(school, id).statusCode(200).body("status", equalTo("DECIDED")).body("outcome", equalTo("S17_ASSESSMENT"));
        }
    }

    private Void deliver(EventEnvelope event) throws Exception {
        messaging.deliver(event);
        return null;
    }

    private static io.restassured.response.ValidatableResponse read(String token, UUID id) {
        return given().auth().oauth2(token).when().get("/api/v1/referrals/" + id).then();
    }

    private static void awaitStatus(String token, UUID id, String status) {
        Awaitility.await("referral " + id + " " + status).atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> read(token, id).statusCode(200).extract().<String>path("status"), status::equals);
    }

    private void awaitLastPublishedProcessed() {
        Awaitility.await("the last published event processed").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100)).until(this::lastPublishedAreProcessed);
    }

    private final List<UUID> published = new ArrayList<>();

    private EventEnvelope publish(EventType type, UUID referralId, Object payload) {
        EventEnvelope event = EventEnvelope.of(type, referralId, referralId, payload, Instant.now());
        republish(event);
        return event;
    }

    private void republish(EventEnvelope event) {
        try {
            PRODUCER.send(new ProducerRecord<>(event.topic(), event.referralId().toString(), event.toJson()))
                    .get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("Could not publish " + event.eventType(), e);
        }
        published.add(event.eventId());
    }

    private boolean lastPublishedAreProcessed() throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement q = c.prepareStatement(
                        "SELECT count(*) FROM processed_event WHERE consumer = 'referral-intake' AND event_id = ?")) {
            q.setObject(1, published.get(published.size() - 1));
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1) == 1;
            }
        }
    }

    private List<String> audit(UUID id) throws Exception {
        List<String> outcomes = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement q = c.prepareStatement(
                        "SELECT outcome FROM audit_record WHERE action = 'READ_REFERRAL' AND target = ? ORDER BY id")) {
            q.setString(1, id.toString());
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    outcomes.add(rs.getString(1));
                }
            }
        }
        return outcomes;
    }
}
