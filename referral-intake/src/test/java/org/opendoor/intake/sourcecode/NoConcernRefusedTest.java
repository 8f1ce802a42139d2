package org.opendoor.intake.sourcecode;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.opendoor.intake.TestRequests.PHONE_REFERRAL;
import static org.opendoor.intake.TestRequests.PROFESSIONAL_REFERRAL;
import static org.opendoor.intake.TestRequests.as;
import static org.opendoor.intake.TestRequests.awaitPublished;
import static org.opendoor.intake.TestRequests.submit;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.opendoor.infra.OpenDoorTestResource;
import org.opendoor.model.ReferralReceived;

/**
 * A concern is never refused for bookkeeping: a census code that cannot be derived is stored as 10 for review, the
 * public form takes the child shape every other channel uses, and text a database cannot store is refused naming
 * the field rather than answered with a 500.
 */
@QuarkusTest
@QuarkusTestResource(OpenDoorTestResource.class)
class NoConcernRefusedTest {
    private static final AtomicInteger ADDRESSES = new AtomicInteger(10);

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aCallFromATeacherIsTakenWithTheSchoolsCode() throws Exception {
        String id = submit("call_handler", "ORG:LEICESTERSHIRE-CONTACT-CENTRE",
                PHONE_REFERRAL.replace("\"neighbour\"", "\"Teacher\""));

        assertThat(stored(id)).isEqualTo("2A false");
        assertThat(awaitPublished(UUID.fromString(id)).sourceCodeNeedsReview()).isFalse();
    }

    @Test
    void aCallerWhoseRelationshipMeansNothingToTheCensusIsTakenForReview() throws Exception {
        String id = submit("call_handler", "ORG:LEICESTERSHIRE-CONTACT-CENTRE",
                PHONE_REFERRAL.replace("\"neighbour\"", "\"window cleaner\""));

        assertThat(stored(id)).isEqualTo("10 true");
        ReferralReceived published = awaitPublished(UUID.fromString(id));
        assertThat(published.sourceCode()).isEqualTo("10");
        assertThat(published.sourceCodeNeedsReview()).isTrue();
    }

    @Test
    void aProfessionalWithoutAnOrganisationTypeIsTakenByTheirOrganisationOrForReview() throws Exception {
        String noType = PROFESSIONAL_REFERRAL.replace(", \"organisationType\": \"HEALTH_VISITOR\"", "");
        assertThat(noType).doesNotContain("organisationType");

        assertThat(stored(submit("professional", "ORG:LPT-HEALTH-VISITING", noType))).isEqualTo("3B false");
        assertThat(stored(submit("professional", "ORG:SOMEWHERE-NEW", noType))).isEqualTo("10 true");
        assertThat(stored(submit("professional", "ORG:SOMEWHERE-NEW",
                noType.replace("\"source\": \"PROFESSIONAL\",", "\"source\": \"PROFESSIONAL\", \"sourceCode\": \"2Z\","))))
                .isEqualTo("10 true");
    }

    @Test
    void aReferralThatDoesNotSayWhetherAChildIsInImmediateDangerIsTakenAsNotSaying() throws Exception {
        String id = submit("call_handler", "ORG:LEICESTERSHIRE-CONTACT-CENTRE",
                PHONE_REFERRAL.replace(", \"immediateDanger\": false", ""));
        assertThat(PHONE_REFERRAL).contains(", \"immediateDanger\": false");

        assertThat(awaitPublished(UUID.fromString(id)).concern().immediateDanger()).isFalse();
    }

    @Test
    void dutyStaffSeeThatTheCodeNeedsReviewOnTheReferral() throws Exception {
        String id = submit("call_handler", "ORG:LEICESTERSHIRE-CONTACT-CENTRE",
                PHONE_REFERRAL.replace("\"neighbour\"", "\"window cleaner\""));
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(
                "UPDATE referral SET local_authority = 'E10000018' WHERE id = ?")) {
            q.setObject(1, UUID.fromString(id));
            q.executeUpdate();
        }
        given().auth().oauth2(org.opendoor.intake.TestRequests.dutyToken("duty_worker", "E10000018"))
                .get("/api/v1/referrals/" + id).then().statusCode(200)
                .body("sourceCode", equalTo("10")).body("sourceCodeNeedsReview", equalTo(true));
    }

    @Test
    void thePublicFormTakesFirstAndLastNamesAndTheCouncilChosen() {
        String id = report("""
                {"children": [{"firstName": "Amy", "lastName": "Example", "estimatedAgeYears": 6,
                               "description": "Girl from the house with the blue door"}],
                 "concern": {"summary": "Shouting and banging every night.", "indicators": ["SOUNDS_OF_VIOLENCE"],
                             "immediateDanger": false},
                 "reporter": {"anonymous": false, "name": "Sam Neighbour", "phone": "07700 900123"},
                 "localAuthority": "E06000016"}""").statusCode(202).extract().path("referralId");

        ReferralReceived published = awaitPublished(UUID.fromString(id));
        assertThat(published.children().get(0).firstName()).isEqualTo("Amy");
        assertThat(published.children().get(0).lastName()).isEqualTo("Example");
        assertThat(published.frontDoor()).isEqualTo("E06000016");
        // no relationship given: the census code waits for review, the report is taken
        assertThat(published.sourceCode()).isEqualTo("10");
        assertThat(published.sourceCodeNeedsReview()).isTrue();
    }

    @Test
    void aControlCharacterInFreeTextIsRefusedNamingTheFieldAndNothingIsStored() throws Exception {
        long before = referrals();
        report("""
                {"children": [{"description": "Boy at number 3\\u0000"}],
                 "concern": {"summary": "Crying", "immediateDanger": false}, "reporter": {"anonymous": true}}""")
                .statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("children[0].description"));
        as("school", "URN:100001").body(org.opendoor.intake.TestRequests.SCHOOL_REFERRAL
                        .replace("most days.", "most days.\\u0000"))
                .post("/api/v1/referrals").then().statusCode(400)
                .body("violations[0].field", equalTo("concern.summary"));
        // tabs and new lines are text like any other
        report("""
                {"children": [{"description": "Boy at number 3"}],
                 "concern": {"summary": "Crying\\n\\tfor hours", "immediateDanger": false}, "reporter": {"anonymous": true}}""").statusCode(202);
        assertThat(referrals()).isEqualTo(before + 1);
    }

    @Test
    void aRetriedPublicReportWithTheSameKeyCreatesOneReferral() throws Exception {
        String body = """
                {"children": [{"description": "Toddler at number 12"}], "concern": {"summary": "Left alone", "immediateDanger": false},
                 "reporter": {"anonymous": true}}""";
        String key = UUID.randomUUID().toString();
        long before = referrals();
        String first = withKey(key, body).statusCode(202).extract().path("reference");
        String second = withKey(key, body).statusCode(202).extract().path("reference");

        assertThat(second).isEqualTo(first);
        assertThat(referrals()).isEqualTo(before + 1);
        withKey(key, body.replace("Left alone", "Left alone again")).statusCode(409)
                .contentType("application/problem+json");
    }

    private io.restassured.response.ValidatableResponse report(String body) {
        return given().header("X-Forwarded-For", "198.51.101." + ADDRESSES.incrementAndGet())
                .contentType("application/json").body(body).post("/api/v1/public/concerns").then();
    }

    private io.restassured.response.ValidatableResponse withKey(String key, String body) {
        return given().header("X-Forwarded-For", "198.51.101." + ADDRESSES.incrementAndGet())
                .header("Idempotency-Key", key).contentType("application/json").body(body)
                .post("/api/v1/public/concerns").then();
    }

    private String stored(String id) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(
                "SELECT source_code, source_code_needs_review FROM referral WHERE id = ?")) {
            q.setObject(1, UUID.fromString(id));
            try (ResultSet rs = q.executeQuery()) {
                assertThat(rs.next()).isTrue();
                return rs.getString(1) + " " + rs.getBoolean(2);
            }
        }
    }

    private long referrals() throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(
                "SELECT count(*) FROM referral"); ResultSet rs = q.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
