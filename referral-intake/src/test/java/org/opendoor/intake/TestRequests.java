package org.opendoor.intake;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.awaitility.Awaitility;
import org.opendoor.infra.TestInfrastructure;
import org.opendoor.messaging.KafkaClients;
import org.opendoor.model.EventEnvelope;
import org.opendoor.model.ReferralReceived;
import org.opendoor.model.Topics;

/** Tokens, request bodies and event look-ups shared by intake's tests. */
public final class TestRequests {
    public static final String SCHOOL_REFERRAL = """
            {"source": "SCHOOL",
             "children": [{"firstName": "Amy", "lastName": "Canary", "dateOfBirth": "2018-03-01",
                           "address": {"postcode": "le11 3tu"}, "schoolUrn": "100001"}],
             "concern": {"summary": "Arrives hungry and unkempt most days.", "categories": ["NEGLECT"],
                         "indicators": ["CHILD_UNKEMPT"], "immediateDanger": false},
             "referrer": {"name": "D. Lead", "role": "DSL", "email": "dsl@school.example"}}""";

    public static final String POLICE_REFERRAL = """
            {"source": "POLICE",
             "children": [{"firstName": "Ben", "lastName": "Robin", "dateOfBirth": "2016-07-12",
                           "address": {"postcode": "LE1 6ZG"}, "schoolUrn": "100002"}],
             "concern": {"summary": "Domestic incident at the home, child present.", "categories": ["DOMESTIC_ABUSE"],
                         "immediateDanger": false},
             "police": {"incidentReference": "LP-2026-11-20-0042", "incidentAt": "2026-11-20T22:10:00Z",
                        "dashRiskLevel": "MEDIUM", "dashScore": 2, "childrenPresent": true,
                        "voiceOfChild": "Said he hid upstairs.", "forceCode": "LEICS",
                        "dashAnswers": {"1": "YES", "2": "NO", "3": "YES", "4": "NOT_KNOWN"}}}""";

    public static final String PHONE_REFERRAL = """
            {"source": "PHONE",
             "children": [{"description": "Boy of about 4 at the flat above the shop", "estimatedAgeYears": 4}],
             "concern": {"summary": "Caller hears a young child crying for hours in the evenings.",
                         "indicators": ["PROLONGED_CRYING"], "immediateDanger": false},
             "referrer": {"name": "Caller", "phone": "0116 496 0000", "relationshipToChild": "neighbour"}}""";

    public static final String PROFESSIONAL_REFERRAL = """
            {"source": "PROFESSIONAL",
             "children": [{"firstName": "Cara", "dateOfBirth": "2025-01-15"}],
             "concern": {"summary": "Baby has an unexplained bruise.", "categories": ["PHYSICAL_ABUSE"],
                         "indicators": ["INJURY"], "immediateDanger": false},
             "referrer": {"name": "H. Visitor", "organisationType": "HEALTH_VISITOR", "email": "hv@nhs.example"}}""";

    private TestRequests() {
    }

    public static String token(String role, String org) {
        return TestInfrastructure.shared().tokens().mint(role, org, null, null);
    }

    public static String dutyToken(String role, String la) {
        return TestInfrastructure.shared().tokens().mint(role, null, la, "duty-team");
    }

    public static RequestSpecification as(String role, String org) {
        return given().auth().oauth2(token(role, org)).contentType("application/json");
    }

    /** Submits and returns the referralId of a 202. */
    public static String submit(String role, String org, String body) {
        return as(role, org).body(body).when().post("/api/v1/referrals").then().statusCode(202).extract().path("referralId");
    }

    public static ReferralReceived awaitPublished(UUID referralId) {
        try (KafkaConsumer<String, String> consumer = KafkaClients.consumer(
                TestInfrastructure.shared().bootstrapServers(), "test-" + UUID.randomUUID())) {
            consumer.subscribe(List.of(Topics.REFERRAL_RECEIVED));
            return Awaitility.await("ReferralReceived for " + referralId + " published").atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ZERO).until(() -> {
                        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                            if (record.key().equals(referralId.toString())) {
                                return EventEnvelope.fromJson(record.value()).payloadAs(ReferralReceived.class);
                            }
                        }
                        return null;
                    }, Objects::nonNull);
        }
    }
}
