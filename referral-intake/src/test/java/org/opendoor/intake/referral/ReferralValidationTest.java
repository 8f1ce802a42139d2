package org.opendoor.intake.referral;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.opendoor.intake.TestRequests.POLICE_REFERRAL;
import static org.opendoor.intake.TestRequests.SCHOOL_REFERRAL;
import static org.opendoor.intake.TestRequests.as;
import static org.opendoor.intake.TestRequests.awaitPublished;
import static org.opendoor.intake.TestRequests.token;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.opendoor.infra.OpenDoorTestResource;
import org.opendoor.model.ReferralReceived;

/** Bad input gets a clear problem+json answer naming the field, and changes nothing. */
@QuarkusTest
@QuarkusTestResource(OpenDoorTestResource.class)
class ReferralValidationTest {
    @Inject
    AgroalDataSource dataSource;

    private ValidatableResponse submitAsSchool(String body) {
        return as("school", "URN:100001").body(body).when().post("/api/v1/referrals").then();
    }

    private static ValidatableResponse refused(ValidatableResponse answer, String field) {
        return answer.statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("violations.field", hasItem(field))
                .body(not(containsString("Exception")));
    }

    @Test
    void aReferralWithoutChildrenIsRefusedNamingTheField() throws Exception {
        long before = referrals();
        refused(submitAsSchool("""
                {"source": "SCHOOL", "children": [],
                 "concern": {"summary": "Worried.", "immediateDanger": false}}"""), "children");
        assertThat(referrals()).as("nothing stored").isEqualTo(before);
    }

    @Test
    void censusCharacteristicsAreOptionalAndAnUnknownCodeIsLeftUnrecordedNotRefused() throws Exception {
        String child = "\"schoolUrn\": \"100001\"";
        // a concern is never refused for a census field: a code that is not the DfE's is not carried to triage
        String unknown = submitAsSchool(SCHOOL_REFERRAL.replace(child, child
                + ", \"sex\": \"Female\", \"ethnicity\": \"BRIT\", \"disabilities\": [\"NONE\", \"HEAR\"]"))
                .statusCode(202).extract().path("referralId");
        ReferralReceived.Child unrecorded = awaitPublished(UUID.fromString(unknown)).children().get(0);
        assertThat(unrecorded.sex()).isNull();
        assertThat(unrecorded.ethnicity()).isNull();
        assertThat(unrecorded.disabilities()).isNull();

        String id = submitAsSchool(SCHOOL_REFERRAL.replace(child, child
                + ", \"sex\": \"F\", \"ethnicity\": \"REFU\", \"disabilities\": [\"HEAR\", \"VIS\"]"))
                .statusCode(202).extract().path("referralId");
        ReferralReceived published = awaitPublished(UUID.fromString(id));
        assertThat(published.children().get(0).sex()).isEqualTo("F");
        assertThat(published.children().get(0).ethnicity()).isEqualTo("REFU");
        assertThat(published.children().get(0).disabilities()).containsExactly("HEAR", "VIS");
        // none given is fine: a concern is never refused for a census field
        submitAsSchool(SCHOOL_REFERRAL).statusCode(202);
    }

    @Test
    void aChildNeedsANameOrADescription() {
        refused(submitAsSchool(SCHOOL_REFERRAL.replace("\"firstName\": \"Amy\", \"lastName\": \"Canary\",", "")),
                "children[0]");
    }

    @Test
    void aDateOfBirthInTheFutureOrOfAnAdultIsRefused() {
        String tomorrow = LocalDate.now().plusDays(2).toString();
        refused(submitAsSchool(SCHOOL_REFERRAL.replace("2018-03-01", tomorrow)), "children[0].dateOfBirth");
        refused(submitAsSchool(SCHOOL_REFERRAL.replace("2018-03-01", LocalDate.now().minusYears(18).toString())),
                "children[0].dateOfBirth");
        refused(submitAsSchool(SCHOOL_REFERRAL.replace("\"dateOfBirth\": \"2018-03-01\"", "\"estimatedAgeYears\": 19")),
                "children[0].estimatedAgeYears");
    }

    @Test
    void aPostcodeMustBeAUkPostcode() {
        refused(submitAsSchool(SCHOOL_REFERRAL.replace("le11 3tu", "90210")), "children[0].address.postcode")
                .body("violations.message", hasItem("is not a UK postcode"));
    }

    @Test
    void theSummaryIsRequiredAndLimited() {
        refused(submitAsSchool(SCHOOL_REFERRAL.replace("Arrives hungry and unkempt most days.", " ")), "concern.summary");
        refused(submitAsSchool(SCHOOL_REFERRAL.replace("Arrives hungry and unkempt most days.", "x".repeat(10_001))),
                "concern.summary");
    }

    @Test
    void enumerationsAreChecked() {
        refused(submitAsSchool(SCHOOL_REFERRAL.replace("\"NEGLECT\"", "\"NOT_A_CATEGORY\"")), "concern.categories[0]");
        refused(submitAsSchool(SCHOOL_REFERRAL.replace("\"source\": \"SCHOOL\"", "\"source\": \"CARRIER_PIGEON\"")),
                "source");
    }

    @Test
    void numbersAreNotGuessedIntoBooleansOrCounts() {
        refused(submitAsSchool(SCHOOL_REFERRAL.replace("\"immediateDanger\": false", "\"immediateDanger\": 12")),
                "concern.immediateDanger");
        refused(as("police", "FORCE:LEICS").body(POLICE_REFERRAL.replace("\"dashScore\": 2", "\"dashScore\": 2.5"))
                .when().post("/api/v1/referrals").then(), "police.dashScore");
    }

    @Test
    void deeplyNestedOrNonObjectBodiesAreRefused() {
        submitAsSchool("{\"children\": " + "[".repeat(2_000) + "]".repeat(2_000) + "}").statusCode(400)
                .contentType("application/problem+json");
        for (String body : new String[] {"null", "[]", "1e309", "true", "\"x\""}) {
            submitAsSchool(body).statusCode(400).contentType("application/problem+json");
        }
    }

    @Test
    void unknownFieldsAreRefused() {
        refused(submitAsSchool(SCHOOL_REFERRAL.replace("\"schoolUrn\"", "\"favouriteColour\": \"blue\", \"schoolUrn\"")),
                "children[0].favouriteColour")
                .body("violations.message", hasItem("unknown field"));
    }

    @Test
    void aPoliceReferralNeedsItsIncidentBlock() {
        String withoutBlock = POLICE_REFERRAL.substring(0, POLICE_REFERRAL.indexOf(",\n \"police\"")) + "}";
        refused(as("police", "FORCE:LEICS").body(withoutBlock).when().post("/api/v1/referrals").then(), "police");
        refused(as("police", "FORCE:LEICS").body(POLICE_REFERRAL.replace("\"voiceOfChild\": \"Said he hid upstairs.\", ", ""))
                .when().post("/api/v1/referrals").then(), "police.voiceOfChild");
    }

    @Test
    void aDashLevelLowerThanTheScoreImpliesIsRefused() {
        String score11Standard = POLICE_REFERRAL.replace("\"MEDIUM\"", "\"STANDARD\"").replace("\"dashScore\": 2", "\"dashScore\": 11")
                .replaceAll(",\\s*\"dashAnswers\": \\{[^}]*\\}", "");
        refused(as("police", "FORCE:LEICS").body(score11Standard).when().post("/api/v1/referrals").then(),
                "police.dashRiskLevel");
        String score14Medium = score11Standard.replace("\"STANDARD\"", "\"MEDIUM\"").replace("\"dashScore\": 11", "\"dashScore\": 14");
        refused(as("police", "FORCE:LEICS").body(score14Medium).when().post("/api/v1/referrals").then(),
                "police.dashRiskLevel");
        // judgement may raise the level: a score of 3 rated HIGH is accepted
        as("police", "FORCE:LEICS").body(score11Standard.replace("\"STANDARD\"", "\"HIGH\"").replace("\"dashScore\": 11", "\"dashScore\": 3"))
                .when().post("/api/v1/referrals").then().statusCode(202);
    }

    @Test
    void dashAnswersMustAgreeWithTheScore() {
        refused(as("police", "FORCE:LEICS").body(POLICE_REFERRAL.replace("\"dashScore\": 2", "\"dashScore\": 3"))
                .when().post("/api/v1/referrals").then(), "police.dashScore");
        refused(as("police", "FORCE:LEICS").body(POLICE_REFERRAL.replace("\"4\": \"NOT_KNOWN\"", "\"28\": \"NO\""))
                .when().post("/api/v1/referrals").then(), "police.dashAnswers");
    }

    @Test
    void malformedJsonIs400() {
        submitAsSchool("{\"source\": \"SCHOOL\", \"children\": [").statusCode(400)
                .contentType("application/problem+json").body(not(containsString("Exception")));
    }

    @Test
    void aBodyOverTheLimitIs413() {
        String huge = SCHOOL_REFERRAL.replace("Arrives hungry and unkempt most days.", "x".repeat(300 * 1024));
        submitAsSchool(huge).statusCode(413).contentType("application/problem+json");
    }

    @Test
    void aWrongContentTypeIs415() {
        given().auth().oauth2(token("school", "URN:100001")).contentType("text/plain").body(SCHOOL_REFERRAL)
                .when().post("/api/v1/referrals")
                .then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void aWrongMethodIs405AndAnUnknownPathIs404() {
        given().auth().oauth2(token("school", "URN:100001"))
                .when().delete("/api/v1/referrals")
                .then().statusCode(405).contentType("application/problem+json");
        given().auth().oauth2(token("school", "URN:100001"))
                .when().get("/api/v1/no-such-thing")
                .then().statusCode(404).contentType("application/problem+json");
    }

    private long referrals() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM referral")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
