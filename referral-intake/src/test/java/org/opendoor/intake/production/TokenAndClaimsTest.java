package org.opendoor.intake.production;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.opendoor.intake.TestRequests.SCHOOL_REFERRAL;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.opendoor.infra.OpenDoorTestResource;
import org.opendoor.infra.TestInfrastructure;

/** A token issued for longer than smallrye.jwt.time-to-live is 401; one naming an unknown organisation is 403. */
@QuarkusTest
@QuarkusTestResource(OpenDoorTestResource.class)
class TokenAndClaimsTest {
    private static String token(Map<String, Object> claims, Duration validFor) {
        return TestInfrastructure.shared().tokens().mint("school", claims, validFor);
    }

    @Test
    void aTokenIssuedForLongerThanTheMaximumIsRefused() {
        String path = "/api/v1/referrals/" + UUID.randomUUID();
        given().auth().oauth2(token(Map.of("org", "URN:100001"), Duration.ofHours(13))).get(path)
                .then().statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", "Bearer");
        given().auth().oauth2(token(Map.of("org", "URN:100001"), Duration.ofHours(11))).get(path)
                .then().statusCode(404);
    }

    @Test
    void anUnknownPoliceForceOrMalformedSchoolIsRefusedAndNothingIsStored() {
        for (String org : new String[] {"FORCE:NOWHERE", "URN:12AB56"}) {
            given().auth().oauth2(TestInfrastructure.shared().tokens().mint("police", Map.of("org", org),
                            Duration.ofHours(1)))
                    .contentType("application/json").body(SCHOOL_REFERRAL).post("/api/v1/referrals")
                    .then().statusCode(403).contentType("application/problem+json").body("status", equalTo(403))
                    .body("detail", containsString("org claim"));
        }
    }

    @Test
    void anUnknownAuthorityIsRefused() {
        given().auth().oauth2(token(Map.of("org", "URN:100001", "la", "E99999999"), Duration.ofHours(1)))
                .get("/api/v1/referrals/" + UUID.randomUUID())
                .then().statusCode(403).contentType("application/problem+json")
                .body("detail", equalTo("Your token's la claim (E99999999) is not the ONS code of an English "
                        + "children's services authority."));
    }

    @Test
    void aClaimThatIsNotTextIs403NotA500() {
        given().auth().oauth2(token(Map.of("org", 100001, "la", Map.of("code", "E10000018")), Duration.ofHours(1)))
                .get("/api/v1/referrals/" + UUID.randomUUID())
                .then().statusCode(403).contentType("application/problem+json");
    }
}
