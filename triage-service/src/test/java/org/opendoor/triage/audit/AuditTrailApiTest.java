package org.opendoor.triage.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.opendoor.infra.TestInfrastructure;
import org.opendoor.infra.OpenDoorTestResource;

/**
 * The shared audit trail is wired into triage-service: refusals are recorded with their request id and address, auditors
 * (only they) search it and check its chain.
 */
@QuarkusTest
@QuarkusTestResource(OpenDoorTestResource.class)
class AuditTrailApiTest {
    private static String token(String actor, String role) {
        return TestInfrastructure.shared().tokens().mint(role, Map.of("sub", actor, "upn", actor, "groups",
                List.of(role)), Duration.ofHours(1));
    }

    @Test
    void refusalsAreInTheAuditTrailAndOnlyAuditorsReadIt() {
        String anonymousId = "triage-401-" + UUID.randomUUID();
        given().header("X-Request-Id", anonymousId).when().get("/api/v1/audit")
                .then().statusCode(401).header("X-Request-Id", anonymousId);
        String dutyWorker = "duty-worker-" + UUID.randomUUID().toString().substring(0, 8);
        String forbiddenId = "triage-403-" + UUID.randomUUID();
        given().auth().oauth2(token(dutyWorker, "duty_worker")).header("X-Request-Id", forbiddenId)
                .when().get("/api/v1/audit").then().statusCode(403).contentType("application/problem+json")
                .header("X-Request-Id", forbiddenId);

        String auditor = token("auditor-" + UUID.randomUUID().toString().substring(0, 8), "auditor");
        JsonPath refused = given().auth().oauth2(auditor).queryParam("actor", dutyWorker)
                .when().get("/api/v1/audit").then().statusCode(200).extract().jsonPath();
        assertThat(refused.getList("records.requestId", String.class)).containsExactly(forbiddenId);
        assertThat(refused.getString("records[0].outcome")).isEqualTo("REFUSED 403");
        assertThat(refused.getString("records[0].role")).isEqualTo("duty_worker");
        assertThat(refused.getString("records[0].action")).isEqualTo("REQUEST_REFUSED");
        assertThat(refused.getString("records[0].clientAddress")).isEqualTo("127.0.0.1");
        JsonPath anonymous = given().auth().oauth2(auditor).queryParam("actor", "anonymous").queryParam("limit", 500)
                .when().get("/api/v1/audit").then().statusCode(200).extract().jsonPath();
        assertThat(anonymous.getList("records.requestId", String.class)).contains(anonymousId);

        given().auth().oauth2(auditor).when().get("/api/v1/audit/verification")
                .then().statusCode(200).body("intact", equalTo(true));
    }
}
