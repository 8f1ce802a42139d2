package org.opendoor.intake.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.opendoor.intake.TestRequests.PHONE_REFERRAL;
import static org.opendoor.intake.TestRequests.SCHOOL_REFERRAL;
import static org.opendoor.intake.TestRequests.as;
import static org.opendoor.intake.TestRequests.dutyToken;
import static org.opendoor.intake.TestRequests.submit;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.opendoor.infra.OpenDoorTestResource;

/** A referrer's list of their own organisation's referrals: theirs only, newest first, feedback fields only. */
@QuarkusTest
@QuarkusTestResource(OpenDoorTestResource.class)
class OwnReferralsTest {

    @Test
    void aSchoolSeesItsOwnReferralsNewestFirstAndNoOneElses() {
        String school = "URN:" + (700000 + (int) (Math.random() * 99999));
        String first = submit("school", school, SCHOOL_REFERRAL);
        String second = submit("school", school, SCHOOL_REFERRAL);
        String otherSchools = submit("school", "URN:100002", SCHOOL_REFERRAL);

        List<Map<String, Object>> mine = as("school", school).get("/api/v1/referrals").then().statusCode(200)
                .extract().jsonPath().getList("$");

        assertThat(mine).extracting(r -> r.get("referralId")).containsExactly(second, first)
                .doesNotContain(otherSchools);
        assertThat(mine.get(0)).containsKeys("reference", "status", "receivedAt")
                .doesNotContainKeys("referral", "submittingOrg", "caseId");
        assertThat(mine.get(0).get("status")).isEqualTo("RECEIVED");
    }

    @Test
    void aCallCentreSeesTheCallsItLoggedAndDutyStaffAndBadLimitsAreRefused() {
        String centre = "ORG:CONTACT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String call = submit("call_handler", centre, PHONE_REFERRAL);
        as("call_handler", centre).get("/api/v1/referrals").then().statusCode(200)
                .body("[0].referralId", equalTo(call));

        RestAssured.given().auth().oauth2(dutyToken("duty_worker", "E10000018")).get("/api/v1/referrals")
                .then().statusCode(403);
        as("school", "URN:100001").queryParam("limit", 0).get("/api/v1/referrals").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("limit"));
    }
}
