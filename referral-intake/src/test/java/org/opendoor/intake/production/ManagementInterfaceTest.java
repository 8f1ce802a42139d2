package org.opendoor.intake.production;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opendoor.infra.OpenDoorTestResource;
import org.opendoor.infra.TestInfrastructure;

/** /q/* (health, metrics, OpenAPI, Swagger UI) answers on the management port only, never on the public one. */
@QuarkusTest
@QuarkusTestResource(OpenDoorTestResource.class)
class ManagementInterfaceTest {
    @TestHTTPResource(value = "/", management = true)
    URL management;

    @ParameterizedTest
    @ValueSource(strings = {"/q/health/ready", "/q/health/live", "/q/metrics", "/q/openapi", "/q/swagger-ui/"})
    void theManagementPortServesIt(String path) {
        given().get(TestInfrastructure.at(management, path)).then().statusCode(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/q/health", "/q/health/ready", "/q/metrics", "/q/openapi", "/q/swagger-ui/"})
    void thePublicPortDoesNot(String path) {
        given().get(path).then().statusCode(404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/q/health/ready"})
    void theReadinessReportIsTheServicesOwn(String path) {
        given().get(TestInfrastructure.at(management, path)).then().body(containsString("\"status\": \"UP\""));
    }
}
