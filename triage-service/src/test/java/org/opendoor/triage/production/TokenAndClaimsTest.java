package org.opendoor.triage.production;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opendoor.infra.OpenDoorTestResource;
import org.opendoor.infra.TestInfrastructure;

/** Triage refuses tokens issued for longer than the maximum (401) and an la that is no authority (403). */
@QuarkusTest
@QuarkusTestResource(OpenDoorTestResource.class)
class TokenAndClaimsTest {
    private static String dutyWorker(String la, Duration validFor) {
        return TestInfrastructure.shared().tokens().mint("duty_worker", Map.of("la", la, "team", "duty"), validFor);
    }

    @Test
    void aTokenIssuedForLongerThanTheMaximumIsRefused() {
        given().auth().oauth2(dutyWorker("E10000018", Duration.ofHours(13))).get("/api/v1/cases")
                .then().statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", "Bearer");
        given().auth().oauth2(dutyWorker("E10000018", Duration.ofHours(11))).get("/api/v1/cases")
                .then().statusCode(200);
    }

    @Test
    void aDutyWorkerOfAnAuthorityThatDoesNotExistIsRefused() {
        for (String la : new String[] {"E99999999", "E07000129", "leicestershire"}) {
            given().auth().oauth2(dutyWorker(la, Duration.ofHours(1))).get("/api/v1/cases")
                    .then().statusCode(403).contentType("application/problem+json").body("status", equalTo(403))
                    .body("detail", equalTo("Your token's la claim (" + la + ") is not the ONS code of an English "
                            + "children's services authority."));
        }
    }
}
