package org.opendoor.intake.publicreport;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.opendoor.intake.TestRequests.awaitPublished;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.opendoor.infra.OpenDoorTestResource;
import org.opendoor.model.Indicator;
import org.opendoor.model.ReferralReceived;
import org.opendoor.model.ReferralSource;

/** The open form: no token, anonymous allowed, campaign signs only, 999 advice, rate limited per address. */
@QuarkusTest
@QuarkusTestResource(OpenDoorTestResource.class)
class PublicConcernTest {
    static final String ANONYMOUS = """
            {"children": [{"description": "Toddler at number 12", "approximateAgeYears": 2,
                           "address": {"line1": "12 Example Street", "postcode": "LE1 6ZG"}}],
             "concern": {"summary": "A toddler cries for hours most evenings and no adult seems to be there.",
                         "indicators": ["PROLONGED_CRYING", "YOUNG_CHILD_LEFT_ALONE"], "immediateDanger": false},
             "reporter": {"anonymous": true}}""";
    static final String NAMED = """
            {"children": [{"name": "Amy Example", "estimatedAgeYears": 6}],
             "concern": {"summary": "Shouting and banging every night.", "indicators": ["SOUNDS_OF_VIOLENCE"],
                         "immediateDanger": true},
             "reporter": {"anonymous": false, "name": "Sam Neighbour", "phone": "07700 900123",
                          "relationshipToChild": "NEIGHBOUR"}}""";

    /** Each test sends from its own address (through the trusted local proxy) so limits do not interfere. */
    private static final AtomicInteger ADDRESSES = new AtomicInteger(10);

    private static ValidatableResponse report(String address, String body) {
        return given().header("X-Forwarded-For", address).contentType("application/json").body(body)
                .when().post("/api/v1/public/concerns").then();
    }

    private static String newAddress() {
        return "198.51.100." + ADDRESSES.incrementAndGet();
    }

    @Test
    void anAnonymousReportIsAcceptedAsAPublicReferralWithCode9() {
        String id = report(newAddress(), ANONYMOUS).statusCode(202)
                .body("status", equalTo("RECEIVED"))
                .body("reference", notNullValue())
                .body("urgentAdvice", nullValue())
                .extract().path("referralId");

        ReferralReceived published = awaitPublished(UUID.fromString(id));
        assertThat(published.source()).isEqualTo(ReferralSource.PUBLIC);
        assertThat(published.sourceCode()).isEqualTo("9");
        assertThat(published.submittingOrg()).isNull();
        assertThat(published.referrer().anonymous()).isTrue();
        assertThat(published.referrer().name()).isNull();
        assertThat(published.concern().indicators())
                .containsExactly(Indicator.PROLONGED_CRYING, Indicator.YOUNG_CHILD_LEFT_ALONE);
        assertThat(published.children().get(0).description()).isEqualTo("Toddler at number 12");
        assertThat(published.children().get(0).estimatedAgeYears()).isEqualTo(2);
    }

    @Test
    void aNamedReportGetsItsCodeFromTheRelationshipAndImmediateDangerSaysCall999() {
        String id = report(newAddress(), NAMED).statusCode(202)
                .body("urgentAdvice", containsString("999"))
                .extract().path("referralId");

        ReferralReceived published = awaitPublished(UUID.fromString(id));
        assertThat(published.sourceCode()).isEqualTo("1B");
        assertThat(published.concern().immediateDanger()).isTrue();
        assertThat(published.children().get(0).firstName()).isEqualTo("Amy");
        assertThat(published.children().get(0).lastName()).isEqualTo("Example");
        assertThat(published.referrer().phone()).isEqualTo("07700 900123");

        String relative = report(newAddress(), NAMED.replace("NEIGHBOUR", "RELATIVE")).statusCode(202)
                .extract().path("referralId");
        assertThat(awaitPublished(UUID.fromString(relative)).sourceCode()).isEqualTo("1A");
    }

    @Test
    void onlyTheCampaignSignsAreIndicators() {
        report(newAddress(), ANONYMOUS.replace("\"PROLONGED_CRYING\"", "\"FGM\"")).statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("concern.indicators[0]"));
    }

    @Test
    void aNamedReportNeedsAWayBackAndAnAnonymousOneKeepsNoIdentity() {
        report(newAddress(), NAMED.replace("\"phone\": \"07700 900123\",", "").replaceAll(",\\s*\"relationshipToChild\": \"NEIGHBOUR\"", ""))
                .statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("reporter.phone"));
        // how they know the child only decides the census code: a relationship the census cannot use is no refusal
        report(newAddress(), NAMED.replace("NEIGHBOUR", "LANDLORD")).statusCode(202);
        report(newAddress(), ANONYMOUS.replace("{\"anonymous\": true}", "{\"anonymous\": true, \"name\": \"Sam\"}"))
                .statusCode(400).body("violations.field", hasItem("reporter.name"));
    }

    @Test
    void aChildNeedsANameOrDescriptionAndUnknownFieldsAreRefused() {
        report(newAddress(), ANONYMOUS.replace("\"description\": \"Toddler at number 12\", ", "")).statusCode(400)
                .body("violations.field", hasItem("children[0]"));
        report(newAddress(), ANONYMOUS.replace("\"anonymous\": true", "\"anonymous\": true, \"ip\": \"1.2.3.4\""))
                .statusCode(400).body("violations.field", hasItem("reporter.ip"));
    }

    @Test
    void tooManyReportsFromOneAddressAre429WithRetryAfter() {
        String address = newAddress();
        // the test profile allows 3 per window; every request counts, valid or not
        report(address, ANONYMOUS).statusCode(202);
        report(address, "{}").statusCode(400);
        report(address, ANONYMOUS).statusCode(202);
        report(address, ANONYMOUS).statusCode(429).contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("status", equalTo(429));
        // another address is not affected
        report(newAddress(), ANONYMOUS).statusCode(202);
    }

    @Test
    void noTokenIsNeededButTheAuthenticatedEndpointStillNeedsOne() {
        given().contentType("application/json").body("{}").when().post("/api/v1/referrals").then().statusCode(401);
    }
}
