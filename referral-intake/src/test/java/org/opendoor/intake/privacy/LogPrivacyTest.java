package org.opendoor.intake.privacy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.opendoor.intake.TestRequests.SCHOOL_REFERRAL;
import static org.opendoor.intake.TestRequests.as;
import static org.opendoor.intake.TestRequests.awaitPublished;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.Test;
import org.opendoor.infra.OpenDoorTestResource;

/** Names, addresses and narrative never reach the logs, on the happy path or the error paths. */
@QuarkusTest
@QuarkusTestResource(OpenDoorTestResource.class)
class LogPrivacyTest {

    @Test
    void personalDataNeverReachesTheLogs() {
        String name = "Zebedee" + UUID.randomUUID().toString().substring(0, 8);
        String street = "Secretstreet" + UUID.randomUUID().toString().substring(0, 8);
        String narrative = "Narrativemarker" + UUID.randomUUID().toString().substring(0, 8);
        List<String> lines = new CopyOnWriteArrayList<>();
        SimpleFormatter formatter = new SimpleFormatter();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                lines.add(formatter.format(record));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        try {
            Logger.getLogger(LogPrivacyTest.class.getName()).info("capture-canary");
            String referral = SCHOOL_REFERRAL.replace("Amy", name).replace("le11 3tu\"", "le11 3tu\", \"line1\": \"" + street + "\"")
                    .replace("Arrives hungry and unkempt most days.", narrative);
            String id = as("school", "URN:100001").body(referral).post("/api/v1/referrals").then().statusCode(202)
                    .extract().path("referralId");
            awaitPublished(UUID.fromString(id));
            // error paths: invalid values, unknown fields, malformed JSON, a conflict
            as("school", "URN:100001").body(referral.replace("le11 3tu", name)).post("/api/v1/referrals").then().statusCode(400);
            as("school", "URN:100001").body(referral.replace("\"schoolUrn\"", "\"" + name + "\": 1, \"schoolUrn\""))
                    .post("/api/v1/referrals").then().statusCode(400);
            as("school", "URN:100001").body("{\"children\": [{\"firstName\": \"" + name + "\"").post("/api/v1/referrals")
                    .then().statusCode(400);
            String key = UUID.randomUUID().toString();
            as("school", "URN:100001").header("Idempotency-Key", key).body(referral).post("/api/v1/referrals").then().statusCode(202);
            as("school", "URN:100001").header("Idempotency-Key", key).body(referral.replace(narrative, narrative + street))
                    .post("/api/v1/referrals").then().statusCode(409);
            given().header("X-Forwarded-For", "192.0.2.200").contentType("application/json")
                    .body("{\"children\": [{\"name\": \"" + name + "\"}], \"concern\": {\"summary\": \"" + narrative
                            + "\", \"immediateDanger\": true}, \"reporter\": {\"anonymous\": true}}")
                    .post("/api/v1/public/concerns").then().statusCode(202);
        } finally {
            root.removeHandler(capture);
        }
        assertThat(lines).as("the capture works").anyMatch(l -> l.contains("capture-canary"));
        assertThat(lines).noneMatch(l -> l.contains(name) || l.contains(street) || l.contains(narrative));
    }
}
