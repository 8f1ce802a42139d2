package org.opendoor.briefing.production;

import static io.restassured.RestAssured.given;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opendoor.infra.OpenDoorTestResource;
import org.opendoor.infra.TestInfrastructure;

/** The briefing refuses tokens issued for longer than the maximum (401) and an unknown police force (403). */
@QuarkusTest
@QuarkusTestResource(OpenDoorTestResource.class)
class TokenLifetimeTest {
    private static String analyst(String org, Duration validFor) {
        return TestInfrastructure.shared().tokens().mint("analyst", Map.of("partnership", "DDSCP", "org", org),
                validFor);
    }

    @Test
    void aTokenIssuedForLongerThanTheMaximumIsRefused() {
        given().auth().oauth2(analyst("ORG:DDSCP", Duration.ofHours(13))).get("/api/v1/measures")
                .then().statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", "Bearer");
        given().auth().oauth2(analyst("ORG:DDSCP", Duration.ofHours(11))).get("/api/v1/measures")
                .then().statusCode(200);
    }

    @Test
    void anUnknownPoliceForceIsRefused() {
        given().auth().oauth2(analyst("FORCE:NOWHERE", Duration.ofHours(1))).get("/api/v1/measures")
                .then().statusCode(403).contentType("application/problem+json");
    }
}
