package org.opendoor.intake.resilience;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.opendoor.intake.TestRequests.SCHOOL_REFERRAL;
import static org.opendoor.intake.TestRequests.as;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opendoor.infra.FreePort;
import org.opendoor.infra.TestInfrastructure;

/**
 * With the database unreachable, intake answers 503 with Retry-After, never a 500. The shared PostgreSQL keeps
 * running for the other tests: this profile points intake at a port where nothing listens.
 */
@QuarkusTest
@TestProfile(DatabaseDownTest.DatabaseUnreachable.class)
class DatabaseDownTest {

    public static class DatabaseUnreachable implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new HashMap<>(TestInfrastructure.shared().serviceConfig());
            config.put("quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:" + FreePort.find() + "/postgres");
            config.put("quarkus.datasource.jdbc.acquisition-timeout", "2S");
            config.put("quarkus.flyway.migrate-at-start", "false");
            // as in production: Hibernate ORM does not look at the schema at start-up (tests elsewhere validate it)
            config.put("quarkus.hibernate-orm.schema-management.strategy", "none");
            return config;
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }
    }

    @Test
    void aReferralIsAnswered503WithRetryAfter() {
        as("school", "URN:100001").body(SCHOOL_REFERRAL)
                .when().post("/api/v1/referrals")
                .then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", equalTo("5"))
                .body(not(containsString("Exception")));
    }

    @Test
    void aPublicReportIsAnswered503WithRetryAfter() {
        given().contentType("application/json").body("""
                        {"children": [{"description": "A toddler"}],
                         "concern": {"summary": "Crying for hours.", "immediateDanger": false},
                         "reporter": {"anonymous": true}}""")
                .when().post("/api/v1/public/concerns")
                .then().statusCode(503).contentType("application/problem+json").header("Retry-After", equalTo("5"));
    }
}
