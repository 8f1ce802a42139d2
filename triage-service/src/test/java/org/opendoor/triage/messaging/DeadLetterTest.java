package org.opendoor.triage.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.opendoor.infra.OpenDoorTestResource;
import org.opendoor.infra.TestInfrastructure;
import org.opendoor.messaging.KafkaClients;
import org.opendoor.model.Topics;
import org.opendoor.triage.Referrals;

/**
 * The shared dead-letter resource, discovered from shared-model: a garbage record on the received topic is parked
 * and listed, the good event behind it on the same partition is still triaged, and the record can be replayed.
 */
@QuarkusTest
@QuarkusTestResource(OpenDoorTestResource.class)
class DeadLetterTest {
    @Inject
    AgroalDataSource dataSource;

    @Test
    void aGarbageRecordIsParkedListedDoesNotBlockAndCanBeReplayed() throws Exception {
        Referrals good = Referrals.aReferral().inDanger();
        String key = good.referralId.toString(); // same key, same partition: the good event queues behind the bad
        try (KafkaProducer<String, String> producer = KafkaClients.producer(
                TestInfrastructure.shared().bootstrapServers(), "dead-letter-test")) {
            producer.send(new ProducerRecord<>(Topics.REFERRAL_RECEIVED, key, "{not an event")).get(10, TimeUnit.SECONDS);
            producer.send(new ProducerRecord<>(Topics.REFERRAL_RECEIVED, key, good.event().toJson()))
                    .get(10, TimeUnit.SECONDS);
        }

        await(() -> caseExists(good), "the good event behind the garbage is triaged");
        await(() -> lettersWithKey(key).size() == 1, "the garbage is listed");
        Map<String, Object> letter = lettersWithKey(key).get(0);
        assertThat(letter).containsEntry("topic", Topics.REFERRAL_RECEIVED).containsEntry("consumer", "triage-service")
                .containsEntry("payloadLength", "{not an event".length()).doesNotContainKey("replayedAt");
        assertThat((String) letter.get("reason")).startsWith("Unreadable event");
        Number id = (Number) letter.get("id");

        given().auth().oauth2(token("duty_worker")).get("/api/v1/admin/dead-letters").then().statusCode(403);
        given().auth().oauth2(token("rules_admin")).post("/api/v1/admin/dead-letters/" + id + "/replay")
                .then().statusCode(202);
        given().auth().oauth2(token("rules_admin")).post("/api/v1/admin/dead-letters/" + id + "/replay")
                .then().statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(token("rules_admin")).post("/api/v1/admin/dead-letters/999999999/replay")
                .then().statusCode(404);

        // the record went back to its topic through the outbox, was consumed again and parked again
        await(() -> lettersWithKey(key).size() == 2, "the replayed record comes back round");
        assertThat(lettersWithKey(key)).filteredOn(l -> l.get("id").equals(id))
                .singleElement().satisfies(l -> assertThat(l).containsKey("replayedAt"));
        assertThat(audits("REPLAY_DEAD_LETTER", "dead-letter:" + id)).isEqualTo(2); // replayed, then refused
        assertThat(audits("REPLAY_DEAD_LETTER", "dead-letter:999999999")).isEqualTo(1);
    }

    private static List<Map<String, Object>> lettersWithKey(String key) {
        JsonPath body = given().auth().oauth2(token("rules_admin")).queryParam("limit", 500)
                .get("/api/v1/admin/dead-letters").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> all = body.getList("$");
        return all.stream().filter(l -> key.equals(l.get("key"))).toList();
    }

    private boolean caseExists(Referrals referral) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement q = c.prepareStatement("SELECT 1 FROM duty_case WHERE referral_id = ?")) {
            q.setObject(1, referral.referralId);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next();
            }
        } catch (Exception e) {
            return false;
        }
    }

    private int audits(String action, String target) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(
                "SELECT count(*) FROM audit_record WHERE action = ? AND target = ?")) {
            q.setString(1, action);
            q.setString(2, target);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static void await(Callable<Boolean> condition, String what) {
        Awaitility.await(what).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(condition);
    }

    private static String token(String role) {
        return TestInfrastructure.shared().tokens().mint(role, "ORG:OPS", null, null);
    }
}
