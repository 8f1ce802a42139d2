package org.opendoor.notify.directory;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.opendoor.infra.TestInfrastructure;
import org.opendoor.notify.support.NotifyTestResource;

/** As everywhere but the embedded stack and the other tests: a webhook is https to a public address. */
@QuarkusTest
@QuarkusTestResource(NotifyTestResource.class)
@TestProfile(WebhookAddressTest.Strict.class)
class WebhookAddressTest {
    private static final String LEICESTER = "E06000016";
    private static final String SECRET = "school-shared-secret-0123456789";

    public static class Strict implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("opendoor.directory.allow-private-webhooks", "false");
        }
    }

    @Test
    void aWebhookToPlainHttpOrAPrivateLoopbackOrLinkLocalAddressIsRefusedAndChangesNothing() {
        String admin = TestInfrastructure.shared().tokens().mint("rules_admin", "ORG:TEST", LEICESTER, null);
        String urn = Integer.toString(ThreadLocalRandom.current().nextInt(300000, 999998));
        given().auth().oauth2(admin).contentType("application/json").body(Map.of("name", "School", "localAuthority",
                        LEICESTER, "channel", "EMAIL", "address", "dsl@" + urn + ".example"))
                .when().put("/api/v1/directory/SCHOOL_DSL/" + urn).then().statusCode(200);

        for (String url : new String[] {"http://93.184.216.34/hook", "https://127.0.0.1:8443/hook",
                "https://10.1.2.3/hook", "https://169.254.169.254/latest/meta-data", "https://[::1]/hook",
                "https://[fe80::1]/hook", "https://[fd00::1]/hook", "https://localhost/hook"}) {
            given().auth().oauth2(admin).contentType("application/json").body(Map.of("name", "School",
                            "localAuthority", LEICESTER, "channel", "WEBHOOK", "address", url, "secret", SECRET))
                    .when().put("/api/v1/directory/SCHOOL_DSL/" + urn).then().statusCode(400)
                    .contentType("application/problem+json").body("violations.field", hasItem("address"))
                    .body("violations.find { it.field == 'address' }.message", containsString("webhook"));
        }
        given().auth().oauth2(admin).when().get("/api/v1/directory/SCHOOL_DSL/" + urn).then().statusCode(200)
                .body("channel", equalTo("EMAIL")).body("address", equalTo("dsl@" + urn + ".example"));

        given().auth().oauth2(admin).contentType("application/json").body(Map.of("name", "School",
                        "localAuthority", LEICESTER, "channel", "WEBHOOK", "address", "https://93.184.216.34/hook",
                        "secret", SECRET))
                .when().put("/api/v1/directory/SCHOOL_DSL/" + urn).then().statusCode(200)
                .body("address", equalTo("https://93.184.216.34/hook"));
    }
}
