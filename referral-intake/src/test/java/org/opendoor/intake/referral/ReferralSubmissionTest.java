package org.opendoor.intake.referral;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.Test;
import org.opendoor.infra.OpenDoorTestResource;
import org.opendoor.infra.TestInfrastructure;
import org.opendoor.messaging.KafkaClients;
import org.opendoor.model.EventEnvelope;
import org.opendoor.model.ReferralReceived;
import org.opendoor.model.Topics;

@QuarkusTest
@QuarkusTestResource(OpenDoorTestResource.class)
class ReferralSubmissionTest {
    static final String SCHOOL_REFERRAL = """
            {"source": "SCHOOL",
             "children": [{"firstName": "Amy", "lastName": "Canary", "dateOfBirth": "2018-03-01",
                           "address": {"postcode": "le11 3tu"}, "schoolUrn": "100001"}],
             "concern": {"summary": "Arrives hungry and unkempt most days.", "categories": ["NEGLECT"],
                         "indicators": ["CHILD_UNKEMPT"], "immediateDanger": false},
             "referrer": {"name": "D. Lead", "role": "DSL", "email": "dsl@school.example"}}""";

    @Inject
    AgroalDataSource dataSource;

    static String token(String role, String org) {
        return TestInfrastructure.shared().tokens().mint(role, org, null, null);
    }

    @Test
    void aSchoolReferralIsStoredAndPublishedWithItsReference() throws Exception {
        String id = given().auth().oauth2(token("school", "URN:100001"))
                .contentType("application/json").body(SCHOOL_REFERRAL)
                .when().post("/api/v1/referrals")
                .then().statusCode(202)
                .header("Location", notNullValue())
                .body("status", equalTo("RECEIVED"))
                .body("reference", matchesPattern("OD-\\d{4}-\\d{6}"))
                .extract().path("referralId");

        try (Connection c = dataSource.getConnection();
                PreparedStatement q = c.prepareStatement("SELECT source_code, submitting_org FROM referral WHERE id = ?")) {
            q.setObject(1, UUID.fromString(id));
            try (ResultSet rs = q.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("2A");
                assertThat(rs.getString(2)).isEqualTo("URN:100001");
            }
        }
        ReferralReceived published = awaitPublished(UUID.fromString(id));
        assertThat(published.submittingOrg()).isEqualTo("URN:100001");
        assertThat(published.children().get(0).address().postcode()).isEqualTo("LE11 3TU");
    }

    @Test
    void aRoleMayUseOnlyItsOwnSource() {
        given().auth().oauth2(token("police", "FORCE:LEICS"))
                .contentType("application/json").body(SCHOOL_REFERRAL)
                .when().post("/api/v1/referrals")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void noTokenIsUnauthorised() {
        given().contentType("application/json").body(SCHOOL_REFERRAL)
                .when().post("/api/v1/referrals")
                .then().statusCode(401);
    }

    @Test
    void aReferralWithoutChildrenIsRefusedNamingTheField() {
        given().auth().oauth2(token("school", "URN:100001"))
                .contentType("application/json")
                .body("""
                        {"source": "SCHOOL", "children": [],
                         "concern": {"summary": "Worried.", "immediateDanger": false}}""")
                .when().post("/api/v1/referrals")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("children"));
    }

    private static ReferralReceived awaitPublished(UUID referralId) {
        try (KafkaConsumer<String, String> consumer = KafkaClients.consumer(
                TestInfrastructure.shared().bootstrapServers(), "test-" + UUID.randomUUID())) {
            consumer.subscribe(List.of(Topics.REFERRAL_RECEIVED));
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.key().equals(referralId.toString())) {
                        return EventEnvelope.fromJson(record.value()).payloadAs(ReferralReceived.class);
                    }
                }
            }
        }
        throw new AssertionError("ReferralReceived for " + referralId + " was not published");
    }
}
