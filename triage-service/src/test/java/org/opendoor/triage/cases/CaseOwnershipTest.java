package org.opendoor.triage.cases;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.opendoor.triage.Referrals.aReferral;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.opendoor.infra.OpenDoorTestResource;
import org.opendoor.infra.TestInfrastructure;
import org.opendoor.model.CaseTransferred;
import org.opendoor.model.EventEnvelope;
import org.opendoor.model.Indicator;
import org.opendoor.model.ReferralTriaged;
import org.opendoor.model.SourceCodeCorrected;
import org.opendoor.model.Topics;
import org.opendoor.triage.Referrals;
import org.opendoor.triage.escalation.OverdueCases;
import org.opendoor.triage.Messaging;

/**
 * Every case has an owner, a deadline and an escalation: a referral whose postcode places nothing belongs to the
 * front door it came in through, can be opened and decided there, escalates when overdue, can be transferred to
 * another authority, and its census code can be corrected.
 */
@QuarkusTest
@QuarkusTestResource(OpenDoorTestResource.class)
class CaseOwnershipTest {
    private static final String LEICESTERSHIRE = "E10000018";
    private static final String LEICESTER = "E06000016";
    private static final String RUTLAND = "E06000017";
    private static final String DERBY = "E06000015";
    private static final String WESTMINSTER = "E09000033";

    @Inject
    Messaging consumer;
    @Inject
    OverdueCases overdue;
    @Inject
    AgroalDataSource dataSource;

    @Test
    void aSchoolReferralForAChildInLondonBelongsToTheSchoolsAuthorityWithADeadline() throws Exception {
        Referrals referral = aReferral().postcode("SW1A 1AA").with(Indicator.DISCLOSURE);
        consumer.deliver(referral.event());

        JsonPath found = caseOf(referral.referralId, LEICESTERSHIRE, 200);
        assertThat(found.getString("localAuthority")).isEqualTo(LEICESTERSHIRE);
        assertThat(found.getString("team")).isEqualTo("leicestershire-first-response");
        assertThat(found.getString("status")).isEqualTo("AWAITING_DECISION");
        assertThat(found.getString("decisionDueAt")).isNotNull();
        assertThat(found.getString("routingBasis")).isEqualTo("REFERRER");
        assertThat(found.getBoolean("postcodeOutsidePartnership")).isTrue();
        assertThat(found.getList("rulesFired.ruleId")).contains("routing:front-door");
        assertThat(queue(LEICESTERSHIRE)).contains(referral.referralId.toString());
        caseOf(referral.referralId, DERBY, 404);

        // decidable like any other
        given().auth().oauth2(token("duty_worker", LEICESTERSHIRE)).contentType(ContentType.JSON)
                .body(Map.of("outcome", "ADVICE_SIGNPOST", "rationale", "Advice given to the school."))
                .post("/api/v1/cases/" + found.getString("caseId") + "/decision").then().statusCode(200)
                .body("status", equalTo("DECIDED"));
    }

    @Test
    void aPublicReportWithoutAPostcodeBelongsToTheCouncilThePersonChose() throws Exception {
        Referrals referral = aReferral().fromThePublic().postcode(null);
        referral.frontDoor = LEICESTER;
        consumer.deliver(referral.event());

        JsonPath found = caseOf(referral.referralId, LEICESTER, 200);
        assertThat(found.getString("team")).isEqualTo("leicester-duty-and-advice");
        assertThat(found.getString("routingBasis")).isEqualTo("FRONT_DOOR");
        assertThat(found.getBoolean("postcodeOutsidePartnership")).isFalse();
        assertThat(queue(LEICESTER)).contains(referral.referralId.toString());
    }

    @Test
    void aReportNothingPlacesGoesToThePartnershipHubAndEscalatesWhenOverdue() throws Exception {
        Referrals referral = aReferral().fromThePublic().postcode(null).inDanger();
        consumer.deliver(referral.event());

        JsonPath found = caseOf(referral.referralId, RUTLAND, 200);
        assertThat(found.getString("localAuthority")).isNull();
        assertThat(found.getString("team")).isEqualTo("llr-partnership-hub");
        assertThat(found.getString("routingBasis")).isEqualTo("PARTNERSHIP_HUB");
        assertThat(found.getString("priority")).isEqualTo("RED");
        assertThat(queue(LEICESTERSHIRE)).contains(referral.referralId.toString());
        caseOf(referral.referralId, DERBY, 404);

        Instant due = Instant.parse(found.getString("decisionDueAt"));
        overdue.escalateOverdue(due.plus(Duration.ofMinutes(1)));
        assertThat(outbox(referral.referralId, Topics.CASE_ESCALATED)).hasSize(1);
    }

    @Test
    void aHubCaseGivenItsAuthorityMovesThereAndTheRulesRunAgain() throws Exception {
        Referrals referral = aReferral().fromThePublic().postcode(null);
        consumer.deliver(referral.event());
        String caseId = caseOf(referral.referralId, LEICESTERSHIRE, 200).getString("caseId");

        JsonPath moved = given().auth().oauth2(token("duty_worker", LEICESTERSHIRE)).contentType(ContentType.JSON)
                .body(Map.of("localAuthority", RUTLAND)).post("/api/v1/cases/" + caseId + "/authority")
                .then().statusCode(200).extract().jsonPath();

        assertThat(moved.getString("localAuthority")).isEqualTo(RUTLAND);
        assertThat(moved.getString("team")).isEqualTo("rutland-childrens-duty");
        assertThat(moved.getList("rulesFired.ruleId")).contains("routing:authority-confirmed", "rules:re-run");
        List<ReferralTriaged> triaged = outbox(referral.referralId, Topics.REFERRAL_TRIAGED).stream()
                .map(e -> e.payloadAs(ReferralTriaged.class)).toList();
        assertThat(triaged).hasSize(2);
        assertThat(triaged.get(1).localAuthority()).isEqualTo(RUTLAND);
    }

    @Test
    void anOutOfAreaCaseIsTransferredOnceWithTheReceivingFrontDoorsPhone() throws Exception {
        Referrals referral = aReferral().postcode("SW1A 1AA");
        consumer.deliver(referral.event());
        String caseId = caseOf(referral.referralId, LEICESTERSHIRE, 200).getString("caseId");

        given().auth().oauth2(token("duty_worker", LEICESTERSHIRE)).contentType(ContentType.JSON)
                .body(Map.of("localAuthority", LEICESTER, "note", "x")).post("/api/v1/cases/" + caseId + "/transfer")
                .then().statusCode(400).body("violations[0].field", equalTo("localAuthority"));
        JsonPath transferred = given().auth().oauth2(token("duty_worker", LEICESTERSHIRE)).contentType(ContentType.JSON)
                .body(Map.of("localAuthority", WESTMINSTER, "note", "Family moved to London; agreed by phone."))
                .post("/api/v1/cases/" + caseId + "/transfer").then().statusCode(200).extract().jsonPath();

        assertThat(transferred.getString("status")).isEqualTo("TRANSFERRED_OUT_OF_AREA");
        assertThat(transferred.getString("transfer.name")).isEqualTo("Westminster");
        assertThat(transferred.getString("transfer.phone")).isNotBlank();
        List<EventEnvelope> events = outbox(referral.referralId, Topics.CASE_TRANSFERRED);
        assertThat(events).hasSize(1);
        CaseTransferred event = events.get(0).payloadAs(CaseTransferred.class);
        assertThat(event.toLocalAuthority()).isEqualTo(WESTMINSTER);
        assertThat(event.fromLocalAuthority()).isEqualTo(LEICESTERSHIRE);
        assertThat(event.toPhone()).isEqualTo(transferred.getString("transfer.phone"));
        assertThat(audits("TRANSFER_CASE", "case:" + caseId)).containsExactly("REFUSED 400", "TRANSFERRED " + WESTMINSTER);

        given().auth().oauth2(token("duty_worker", LEICESTERSHIRE)).contentType(ContentType.JSON)
                .body(Map.of("localAuthority", WESTMINSTER, "note", "again")).post("/api/v1/cases/" + caseId
                        + "/transfer").then().statusCode(409);
        given().auth().oauth2(token("duty_worker", LEICESTERSHIRE)).contentType(ContentType.JSON)
                .body(Map.of("outcome", "NFA", "rationale", "x")).post("/api/v1/cases/" + caseId + "/decision")
                .then().statusCode(409);
    }

    @Test
    void dutyStaffCorrectACodeIntakeStoredForReview() throws Exception {
        Referrals referral = aReferral();
        referral.sourceCode = "10";
        referral.sourceCodeNeedsReview = true;
        consumer.deliver(referral.event());
        JsonPath found = caseOf(referral.referralId, LEICESTERSHIRE, 200);
        assertThat(found.getString("sourceCode")).isEqualTo("10");
        assertThat(found.getBoolean("sourceCodeNeedsReview")).isTrue();
        String caseId = found.getString("caseId");

        given().auth().oauth2(token("duty_worker", LEICESTERSHIRE)).contentType(ContentType.JSON)
                .body(Map.of("sourceCode", "2Z")).post("/api/v1/cases/" + caseId + "/source-code")
                .then().statusCode(400).body("violations[0].field", equalTo("sourceCode"));
        JsonPath corrected = given().auth().oauth2(token("duty_worker", LEICESTERSHIRE)).contentType(ContentType.JSON)
                .body(Map.of("sourceCode", "3b")).post("/api/v1/cases/" + caseId + "/source-code")
                .then().statusCode(200).extract().jsonPath();

        assertThat(corrected.getString("sourceCode")).isEqualTo("3B");
        assertThat(corrected.getBoolean("sourceCodeNeedsReview")).isFalse();
        List<EventEnvelope> events = outbox(referral.referralId, Topics.SOURCE_CODE_CORRECTED);
        assertThat(events).hasSize(1);
        assertThat(events.get(0).payloadAs(SourceCodeCorrected.class).previousCode()).isEqualTo("10");
        assertThat(audits("CORRECT_SOURCE_CODE", "case:" + caseId)).contains("CORRECTED 10 -> 3B");
    }

    private JsonPath caseOf(UUID referralId, String la, int status) {
        return given().auth().oauth2(token("duty_worker", la)).get("/api/v1/cases/by-referral/" + referralId)
                .then().statusCode(status).extract().jsonPath();
    }

    private List<String> queue(String la) {
        return given().auth().oauth2(token("duty_worker", la)).queryParam("limit", 500).get("/api/v1/cases")
                .then().statusCode(200).extract().jsonPath().getList("referralId");
    }

    private static String token(String role, String la) {
        return TestInfrastructure.shared().tokens().mint(role, "ORG:LA-" + la, la, null);
    }

    private List<EventEnvelope> outbox(UUID referralId, String topic) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(
                "SELECT payload FROM outbox_event WHERE message_key = ? AND topic = ? ORDER BY id")) {
            q.setString(1, referralId.toString());
            q.setString(2, topic);
            List<EventEnvelope> events = new ArrayList<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    events.add(EventEnvelope.fromJson(rs.getString(1)));
                }
            }
            return events;
        }
    }

    private List<String> audits(String action, String target) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(
                "SELECT outcome FROM audit_record WHERE action = ? AND target = ? ORDER BY id")) {
            q.setString(1, action);
            q.setString(2, target);
            List<String> outcomes = new ArrayList<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    outcomes.add(rs.getString(1));
                }
            }
            return outcomes;
        }
    }
}
