package org.opendoor.notify.production;

import static io.restassured.RestAssured.given;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.opendoor.infra.TestInfrastructure;
import org.opendoor.notify.support.NotifyTestResource;

/** Notify refuses tokens issued for longer than the maximum (401) and an la that is no authority (403). */
@QuarkusTest
@QuarkusTestResource(NotifyTestResource.class)
class TokenLifetimeTest {
    private static String dutyWorker(String la, Duration validFor) {
        return TestInfrastructure.shared().tokens().mint("duty_worker", Map.of("la", la), validFor);
    }

    @Test
    void aTokenIssuedForLongerThanTheMaximumIsRefused() {
        String path = "/api/v1/notifications?referralId=" + UUID.randomUUID();
        given().auth().oauth2(dutyWorker("E10000018", Duration.ofHours(13))).get(path)
                .then().statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", "Bearer");
        // the same token issued for less gets through to the API (a referral it has never heard of is 404)
        given().auth().oauth2(dutyWorker("E10000018", Duration.ofHours(11))).get(path)
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void anUnknownAuthorityIsRefused() {
        given().auth().oauth2(dutyWorker("E99999999", Duration.ofHours(1)))
                .get("/api/v1/notifications?referralId=" + UUID.randomUUID())
                .then().statusCode(403).contentType("application/problem+json");
    }
}
