package org.opendoor.intake.referral;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.opendoor.intake.TestRequests.PHONE_REFERRAL;
import static org.opendoor.intake.TestRequests.POLICE_REFERRAL;
import static org.opendoor.intake.TestRequests.PROFESSIONAL_REFERRAL;
import static org.opendoor.intake.TestRequests.SCHOOL_REFERRAL;
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
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.opendoor.infra.OpenDoorTestResource;
import org.opendoor.model.DashRiskLevel;
import org.opendoor.model.ReferralReceived;

@QuarkusTest
@QuarkusTestResource(OpenDoorTestResource.class)
class ReferralSubmissionTest {
    @Inject
    AgroalDataSource dataSource;

    @Test
    void aSchoolReferralIsStoredAndPublishedWithItsReference() throws Exception {
        String id = as("school", "URN:100001").body(SCHOOL_REFERRAL)
                .when().post("/api/v1/referrals")
                .then().statusCode(202)
                .header("Location", notNullValue())
                .body("status", equalTo("RECEIVED"))
                .body("reference", matchesPattern("OD-\\d{4}-\\d{6}"))
                .extract().path("referralId");

        assertThat(stored(id)).containsEntry("source_code", "2A").containsEntry("submitting_org", "URN:100001");
        assertThat(audited(id)).as("the submission is audited").isEqualTo("school URN:100001 ACCEPTED");
        ReferralReceived published = awaitPublished(UUID.fromString(id));
        assertThat(published.submittingOrg()).isEqualTo("URN:100001");
        assertThat(published.children().get(0).address().postcode()).isEqualTo("LE11 3TU");
    }

    @Test
    void aPoliceReferralCarriesTheIncidentAndDashAnswersWithTheForceFromTheToken() throws Exception {
        String id = submit("police", "FORCE:LEICS", POLICE_REFERRAL);

        assertThat(stored(id)).containsEntry("source_code", "6").containsEntry("submitting_org", "FORCE:LEICS");
        ReferralReceived.PoliceIncident police = awaitPublished(UUID.fromString(id)).police();
        assertThat(police.dashRiskLevel()).isEqualTo(DashRiskLevel.MEDIUM);
        assertThat(police.forceCode()).isEqualTo("LEICS");
        assertThat(police.childrenPresent()).isTrue();
        assertThat(police.dashAnswers()).containsEntry("1", "YES").containsEntry("4", "NOT_KNOWN").hasSize(4);
    }

    @Test
    void aCallHandlersReferralGetsItsCodeFromTheCallersRelationship() throws Exception {
        String id = submit("call_handler", "ORG:LEICS-CC-CONTACT", PHONE_REFERRAL);

        assertThat(stored(id)).containsEntry("source_code", "1B").containsEntry("source", "PHONE");
    }

    @Test
    void aProfessionalsReferralGetsItsCodeFromTheOrganisationTypeOrAnExplicitCode() throws Exception {
        String byType = submit("professional", "ORG:NHS-LPT", PROFESSIONAL_REFERRAL);
        String explicit = submit("professional", "ORG:NHS-LPT",
                PROFESSIONAL_REFERRAL.replace("\"source\": \"PROFESSIONAL\",", "\"source\": \"PROFESSIONAL\", \"sourceCode\": \"3E\","));

        assertThat(stored(byType)).containsEntry("source_code", "3B");
        assertThat(stored(explicit)).containsEntry("source_code", "3E");
    }

    @Test
    void referencesAreSequentialWithinTheYear() {
        String first = as("school", "URN:100001").body(SCHOOL_REFERRAL).post("/api/v1/referrals").then().statusCode(202)
                .extract().path("reference");
        String second = as("school", "URN:100001").body(SCHOOL_REFERRAL).post("/api/v1/referrals").then().statusCode(202)
                .extract().path("reference");
        assertThat(Long.parseLong(second.substring(8))).isGreaterThan(Long.parseLong(first.substring(8)));
        assertThat(second.substring(0, 8)).isEqualTo(first.substring(0, 8));
    }

    @Test
    void theOrganisationComesFromTheTokenNeverTheBody() {
        // "submittingOrg" is not a field of the submission: a school cannot claim to be another
        as("school", "URN:100001").body(SCHOOL_REFERRAL.replace("{\"source\": \"SCHOOL\",",
                        "{\"source\": \"SCHOOL\", \"submittingOrg\": \"URN:100002\","))
                .when().post("/api/v1/referrals")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("submittingOrg"));
    }

    @Test
    void aRoleMayUseOnlyItsOwnSource() {
        for (Map.Entry<String, String> wrong : Map.of("police", "SCHOOL", "school", "POLICE", "call_handler",
                "PROFESSIONAL", "professional", "PHONE").entrySet()) {
            as(wrong.getKey(), "ORG:X").body(SCHOOL_REFERRAL.replace("\"SCHOOL\"", "\"" + wrong.getValue() + "\""))
                    .when().post("/api/v1/referrals")
                    .then().statusCode(403).contentType("application/problem+json");
        }
        as("school", "URN:100001").body(SCHOOL_REFERRAL.replace("\"SCHOOL\"", "\"PUBLIC\""))
                .when().post("/api/v1/referrals")
                .then().statusCode(403);
    }

    @Test
    void aPoliceForceCannotSubmitForAnotherForce() {
        as("police", "FORCE:DERBYS").body(POLICE_REFERRAL)
                .when().post("/api/v1/referrals")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void aTokenWithoutAnOrganisationIsRefused() {
        as("school", null).body(SCHOOL_REFERRAL)
                .when().post("/api/v1/referrals")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void rolesThatDoNotReferAreRefused() {
        as("duty_worker", "ORG:X").body(SCHOOL_REFERRAL)
                .when().post("/api/v1/referrals")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void noTokenIsUnauthorised() {
        given().contentType("application/json").body(SCHOOL_REFERRAL)
                .when().post("/api/v1/referrals")
                .then().statusCode(401);
    }

    private String audited(String id) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(
                "SELECT role, org, outcome FROM audit_record WHERE action = 'SUBMIT_REFERRAL' AND target = ?")) {
            q.setString(1, id);
            try (ResultSet rs = q.executeQuery()) {
                assertThat(rs.next()).isTrue();
                return rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3);
            }
        }
    }

    private Map<String, String> stored(String id) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement q = c.prepareStatement(
                        "SELECT source, source_code, submitting_org, status FROM referral WHERE id = ?")) {
            q.setObject(1, UUID.fromString(id));
            try (ResultSet rs = q.executeQuery()) {
                assertThat(rs.next()).as("referral %s stored", id).isTrue();
                return Map.of("source", rs.getString(1), "source_code", rs.getString(2),
                        "submitting_org", rs.getString(3), "status", rs.getString(4));
            }
        }
    }

}
