package org.opendoor.intake.publicreport;

import static io.restassured.RestAssured.given;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opendoor.infra.OpenDoorTestResource;

/**
 * X-Forwarded-For counts only from a trusted proxy: here only 192.0.2.10 is trusted, so a client on 127.0.0.1
 * naming a new address with every request is still one client, limited as such.
 */
@QuarkusTest
@QuarkusTestResource(OpenDoorTestResource.class)
@TestProfile(UntrustedProxyTest.OtherProxyTrusted.class)
class UntrustedProxyTest {
    public static class OtherProxyTrusted implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.proxy.trusted-proxies", "192.0.2.10");
        }
    }

    private static ValidatableResponse report(String claimedAddress) {
        return given().header("X-Forwarded-For", claimedAddress).contentType("application/json").body("{}")
                .when().post("/api/v1/public/concerns").then();
    }

    @Test
    void aClientCannotNameItsOwnAddressToDodgeTheLimit() {
        // the test profile allows 3 per window; every request counts, valid or not
        report("203.0.113.1").statusCode(400);
        report("203.0.113.2").statusCode(400);
        report("203.0.113.3").statusCode(400);
        report("203.0.113.4").statusCode(429).contentType("application/problem+json");
    }
}
