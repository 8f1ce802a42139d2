package org.opendoor.intake.openapi;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opendoor.infra.OpenDoorTestResource;
import org.opendoor.infra.TestInfrastructure;
import org.opendoor.model.Json;

/** The published contract documents every field: a description, and an example for every value field. */
@QuarkusTest
@QuarkusTestResource(OpenDoorTestResource.class)
class OpenApiDocumentTest {
    /** On the management interface: /q/* is not on the public port. */
    @TestHTTPResource(value = "/", management = true)
    URL management;

    private URL openApi() {
        return TestInfrastructure.at(management, "/q/openapi");
    }

    private static final List<String> SCHEMAS = List.of("ReferralSubmission", "ReferralChild", "ReferralAddress",
            "ReferralConcern", "Referrer", "PoliceIncident", "ReferralAccepted", "ReferralView", "PublicConcern",
            "PublicChild", "PublicAddress", "PublicConcernDetails", "PublicReporter", "PublicConcernAccepted");

    @Test
    void everyFieldHasADescriptionAndEveryValueFieldAnExample() throws Exception {
        JsonNode document = Json.mapper().readTree(
                given().queryParam("format", "json").when().get(openApi()).then().statusCode(200).extract().asString());
        JsonNode schemas = document.path("components").path("schemas");
        List<String> undocumented = new ArrayList<>();
        for (String name : SCHEMAS) {
            assertThat(schemas.has(name)).as("schema %s is published", name).isTrue();
            for (Map.Entry<String, JsonNode> property : schemas.get(name).path("properties").properties()) {
                JsonNode p = property.getValue();
                String field = name + "." + property.getKey();
                if (!p.hasNonNull("description")) {
                    undocumented.add(field + " (description)");
                }
                boolean refersToObject = p.has("$ref") || p.has("allOf") || p.path("items").has("$ref");
                if (!refersToObject && !p.has("example") && !p.has("examples")) {
                    undocumented.add(field + " (example)");
                }
            }
        }
        assertThat(undocumented).isEmpty();
        assertThat(document.path("paths").has("/api/v1/referrals")).isTrue();
        assertThat(document.path("paths").has("/api/v1/referrals/{referralId}")).isTrue();
        assertThat(document.path("paths").has("/api/v1/public/concerns")).isTrue();
    }
}
