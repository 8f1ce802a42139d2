package org.opendoor.triage.cases;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.opendoor.triage.Referrals.aReferral;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.opendoor.infra.OpenDoorTestResource;
import org.opendoor.infra.TestInfrastructure;
import org.opendoor.model.EventEnvelope;
import org.opendoor.model.Indicator;
import org.opendoor.model.ReferralDecided;
import org.opendoor.model.Topics;
import org.opendoor.triage.Messaging;
import org.opendoor.triage.Referrals;

/** The duty queue, case detail and decisions over HTTP, scoped to the caller's authority and audited. */
@QuarkusTest
@QuarkusTestResource(OpenDoorTestResource.class)
class CaseApiTest {
    /** On the management interface: /q/* is not on the public port. */
    @TestHTTPResource(value = "/", management = true)
    URL management;

    private URL openApi() {
        return TestInfrastructure.at(management, "/q/openapi");
    }

    private static final String LEICESTERSHIRE = "E10000018";
    private static final String DERBY = "E06000015";

    @Inject
    Messaging consumer;
    @Inject
    AgroalDataSource dataSource;

    @Test
    void theQueueShowsOnlyTheCallersAuthorityMostUrgentFirst() throws Exception {
        UUID green = triage(aReferral().with(Indicator.CHILD_UNKEMPT));
        UUID red = triage(aReferral().inDanger());
        UUID amber = triage(aReferral().with(Indicator.SOUNDS_OF_VIOLENCE));
        UUID derby = triage(aReferral().postcode("DE1 2FS").inDanger());

        Response queue = given().auth().oauth2(token("duty_worker", LEICESTERSHIRE))
                .queryParam("limit", 500).get("/api/v1/cases");

        queue.then().statusCode(200);
        List<String> referrals = queue.jsonPath().getList("referralId");
        assertThat(referrals).contains(green.toString(), red.toString(), amber.toString())
                .doesNotContain(derby.toString());
        assertThat(referrals.indexOf(red.toString())).isLessThan(referrals.indexOf(amber.toString()));
        assertThat(referrals.indexOf(amber.toString())).isLessThan(referrals.indexOf(green.toString()));
        List<String> priorities = queue.jsonPath().getList("priority");
        assertThat(priorities).isSortedAccordingTo((a, b) -> order(a) - order(b));
        assertThat(queue.jsonPath().getList("localAuthority")).containsOnly(LEICESTERSHIRE);
        assertThat(audits("LIST_CASES", "queue:" + LEICESTERSHIRE)).isPositive();
    }

    @Test
    void theCaseAuditShowsWhoOpenedItAndIsHiddenFromAnotherAuthority() throws Exception {
        UUID referral = triage(aReferral().inDanger());
        String caseId = given().auth().oauth2(token("duty_worker", LEICESTERSHIRE))
                .get("/api/v1/cases/by-referral/" + referral).then().statusCode(200).extract().path("caseId");
        given().auth().oauth2(token("duty_manager", LEICESTERSHIRE)).get("/api/v1/cases/" + caseId)
                .then().statusCode(200);

        List<Map<String, Object>> audit = given().auth().oauth2(token("duty_worker", LEICESTERSHIRE))
                .get("/api/v1/cases/" + caseId + "/audit").then().statusCode(200).extract().jsonPath().getList("$");

        assertThat(audit).extracting(e -> e.get("role")).contains("duty_worker", "duty_manager");
        assertThat(audit).extracting(e -> e.get("action")).containsOnly("READ_CASE");
        assertThat(audit).allSatisfy(e -> assertThat(e).containsKeys("at", "actor", "outcome"));
        given().auth().oauth2(token("duty_worker", DERBY)).get("/api/v1/cases/" + caseId + "/audit")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void theQueueFiltersByPriorityAndStatusAndRefusesUnknownValues() throws Exception {
        UUID red = triage(aReferral().inDanger());
        UUID green = triage(aReferral());

        List<String> reds = given().auth().oauth2(token("duty_manager", LEICESTERSHIRE))
                .queryParam("priority", "RED").queryParam("status", "AWAITING_DECISION").queryParam("limit", 500)
                .get("/api/v1/cases").then().statusCode(200).extract().jsonPath().getList("referralId");
        assertThat(reds).contains(red.toString()).doesNotContain(green.toString());

        given().auth().oauth2(token("duty_worker", LEICESTERSHIRE)).queryParam("priority", "PURPLE")
                .get("/api/v1/cases").then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("priority"));
    }

    @Test
    void caseDetailCarriesTheExplanationAndOtherAuthoritiesGet404() throws Exception {
        UUID referralId = triage(aReferral().inDanger());

        Response detail = given().auth().oauth2(token("duty_worker", LEICESTERSHIRE))
                .get("/api/v1/cases/by-referral/" + referralId);
        detail.then().statusCode(200)
                .body("level", equalTo(4))
                .body("priority", equalTo("RED"))
                .body("recommendedPathway", equalTo("IMMEDIATE_PROTECTION"))
                .body("rulesetVersion", equalTo("llr-2026.1"))
                .body("team", equalTo("leicestershire-first-response"))
                .body("flags", hasItem("POLICE_STRATEGY_DISCUSSION"))
                .body("rulesFired.ruleId", hasItem("immediate-danger"))
                .body("status", equalTo("AWAITING_DECISION"))
                .body("priorReferrals12Months", equalTo(0))
                .body("referral.concern.immediateDanger", equalTo(true));
        assertThat(detail.jsonPath().getString("rulesFired[0].explanation")).contains("immediate danger");
        String caseId = detail.jsonPath().getString("caseId");

        given().auth().oauth2(token("duty_worker", LEICESTERSHIRE)).get("/api/v1/cases/" + caseId)
                .then().statusCode(200).body("referralId", equalTo(referralId.toString()));
        given().auth().oauth2(token("duty_worker", DERBY)).get("/api/v1/cases/" + caseId)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(token("duty_manager", DERBY)).get("/api/v1/cases/by-referral/" + referralId)
                .then().statusCode(404);
        assertThat(audits("READ_CASE", "case:" + caseId)).isEqualTo(3);
        assertThat(audits("READ_CASE", "referral:" + referralId)).isEqualTo(1);
    }

    @Test
    void hubCasesAreSharedWithinThePartnershipAndOutOfAreaCasesStayWithTheirFrontDoor() throws Exception {
        UUID hub = triage(aReferral().postcode("LE4 1AA")); // Leicester, shared with Leicestershire at the edges
        UUID away = triage(aReferral().postcode("NG1 5FS")); // Nottingham: outside both partnerships

        given().auth().oauth2(token("duty_worker", LEICESTERSHIRE)).get("/api/v1/cases/by-referral/" + hub)
                .then().statusCode(200).body("team", equalTo("llr-partnership-hub"))
                .body("flags", hasItem("CONFIRM_AUTHORITY"));
        given().auth().oauth2(token("duty_worker", "E06000017")).get("/api/v1/cases/by-referral/" + hub)
                .then().statusCode(200);
        given().auth().oauth2(token("duty_worker", DERBY)).get("/api/v1/cases/by-referral/" + hub)
                .then().statusCode(404);

        // the referring school is in Leicestershire, so its front door owns the Nottingham child's case
        given().auth().oauth2(token("duty_worker", LEICESTERSHIRE)).get("/api/v1/cases/by-referral/" + away)
                .then().statusCode(200).body("status", equalTo("AWAITING_DECISION"))
                .body("team", equalTo("leicestershire-first-response")).body("postcodeOutsidePartnership", equalTo(true));
        given().auth().oauth2(token("duty_manager", DERBY)).get("/api/v1/cases/by-referral/" + away)
                .then().statusCode(404);
    }

    @Test
    void theHubConfirmsTheAuthorityAndTheCaseMovesToThatQueue() throws Exception {
        UUID hub = triage(aReferral().postcode("LE5 9ZZ"));
        String leicestershire = token("duty_worker", LEICESTERSHIRE);
        String caseId = given().auth().oauth2(leicestershire).get("/api/v1/cases/by-referral/" + hub)
                .then().statusCode(200).extract().path("caseId");

        given().auth().oauth2(leicestershire).contentType(ContentType.JSON).body(Map.of("localAuthority", "E99"))
                .post("/api/v1/cases/" + caseId + "/authority").then().statusCode(400);
        given().auth().oauth2(leicestershire).contentType(ContentType.JSON)
                .body(Map.of("localAuthority", LEICESTERSHIRE)).post("/api/v1/cases/" + caseId + "/authority")
                .then().statusCode(200).body("localAuthority", equalTo(LEICESTERSHIRE))
                .body("team", equalTo("leicestershire-first-response"))
                .body("flags", org.hamcrest.Matchers.not(hasItem("CONFIRM_AUTHORITY")))
                .body("rulesFired.ruleId", hasItem("routing:authority-confirmed"));
        given().auth().oauth2(token("duty_worker", "E06000016")).get("/api/v1/cases/" + caseId)
                .then().statusCode(404);
        given().auth().oauth2(leicestershire).contentType(ContentType.JSON)
                .body(Map.of("localAuthority", LEICESTERSHIRE)).post("/api/v1/cases/" + caseId + "/authority")
                .then().statusCode(409);
        List<org.opendoor.model.ReferralTriaged> triaged = outboxEvents(hub, Topics.REFERRAL_TRIAGED,
                org.opendoor.model.ReferralTriaged.class);
        assertThat(triaged).extracting(org.opendoor.model.ReferralTriaged::team)
                .containsExactly("llr-partnership-hub", "leicestershire-first-response");
        assertThat(triaged.get(0).childIds()).as("the child, by its child-index id").hasSize(1);
        assertThat(triaged.get(1).childIds()).as("published again, with the same child")
                .isEqualTo(triaged.get(0).childIds());
    }

    @Test
    void theOpenApiDocumentDescribesTheCaseAndDeadLetterEndpoints() {
        given().get(openApi()).then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("/api/v1/cases/{caseId}/decision"))
                .body(org.hamcrest.Matchers.containsString("/api/v1/admin/dead-letters"));
    }

    @Test
    void onlyDutyStaffWithATokenMayReadCases() {
        given().get("/api/v1/cases").then().statusCode(401);
        given().auth().oauth2(token("school", null)).get("/api/v1/cases").then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void aDecisionIsMadeOnceAuditedAndPublished() throws Exception {
        UUID referralId = triage(aReferral().with(Indicator.SOUNDS_OF_VIOLENCE));
        String worker = token("duty_worker", LEICESTERSHIRE);
        String caseId = given().auth().oauth2(worker).get("/api/v1/cases/by-referral/" + referralId)
                .then().statusCode(200).body("recommendedPathway", equalTo("S17_ASSESSMENT"))
                .extract().path("caseId");

        given().auth().oauth2(worker).contentType(ContentType.JSON).body(Map.of("outcome", "EARLY_HELP"))
                .post("/api/v1/cases/" + caseId + "/decision")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("rationale"));
        given().auth().oauth2(worker).contentType(ContentType.JSON).body(Map.of("outcome", "SOMETHING"))
                .post("/api/v1/cases/" + caseId + "/decision").then().statusCode(400);
        given().auth().oauth2(token("duty_worker", DERBY)).contentType(ContentType.JSON)
                .body(Map.of("outcome", "S17_ASSESSMENT")).post("/api/v1/cases/" + caseId + "/decision")
                .then().statusCode(404);

        given().auth().oauth2(worker).contentType(ContentType.JSON).body(Map.of("outcome", "S17_ASSESSMENT"))
                .post("/api/v1/cases/" + caseId + "/decision")
                .then().statusCode(200).body("status", equalTo("DECIDED"))
                .body("decision.outcome", equalTo("S17_ASSESSMENT"));
        given().auth().oauth2(token("duty_manager", LEICESTERSHIRE)).contentType(ContentType.JSON)
                .body(Map.of("outcome", "NFA", "rationale", "Changed my mind"))
                .post("/api/v1/cases/" + caseId + "/decision")
                .then().statusCode(409).contentType("application/problem+json");

        List<ReferralDecided> decided = outboxEvents(referralId, Topics.REFERRAL_DECIDED, ReferralDecided.class);
        assertThat(decided).hasSize(1);
        assertThat(decided.get(0).outcome().name()).isEqualTo("S17_ASSESSMENT");
        assertThat(decided.get(0).localAuthority()).isEqualTo(LEICESTERSHIRE);
        // refused (no rationale), refused (other authority), decided, refused (second decision); unreadable JSON
        // is refused before the case is touched
        assertThat(audits("DECIDE_CASE", "case:" + caseId)).isEqualTo(4);
    }

    @Test
    void aDepartureFromTheRecommendationWithRationaleIsAccepted() throws Exception {
        UUID referralId = triage(aReferral().with(Indicator.CHILD_UNKEMPT));
        String worker = token("duty_worker", LEICESTERSHIRE);
        String caseId = given().auth().oauth2(worker).get("/api/v1/cases/by-referral/" + referralId)
                .then().extract().path("caseId");

        given().auth().oauth2(worker).contentType(ContentType.JSON)
                .body(Map.of("outcome", "S17_ASSESSMENT", "rationale", "Third school in a year; assess."))
                .post("/api/v1/cases/" + caseId + "/decision")
                .then().statusCode(200).body("decision.rationale", equalTo("Third school in a year; assess."));
    }

    @Test
    void confirmingAPossibleMatchCountsTheEarlierReferral() throws Exception {
        Referrals first = aReferral();
        triage(first);
        Referrals moved = first.again().postcode("LE12 9ZZ");
        triage(moved);
        String worker = token("duty_worker", LEICESTERSHIRE);
        Response detail = given().auth().oauth2(worker).get("/api/v1/cases/by-referral/" + moved.referralId);
        detail.then().statusCode(200).body("priorReferrals12Months", equalTo(0))
                .body("possibleMatches[0].status", equalTo("UNCONFIRMED"))
                .body("possibleMatches[0].reason", equalTo("same surname and date of birth"));
        String caseId = detail.jsonPath().getString("caseId");
        String matched = detail.jsonPath().getString("possibleMatches[0].matchedChildId");

        given().auth().oauth2(token("duty_worker", DERBY)).contentType(ContentType.JSON)
                .body(Map.of("sameChild", true)).post("/api/v1/cases/" + caseId + "/possible-matches/" + matched)
                .then().statusCode(404);
        given().auth().oauth2(worker).contentType(ContentType.JSON).body(Map.of("sameChild", true))
                .post("/api/v1/cases/" + caseId + "/possible-matches/" + matched)
                .then().statusCode(200).body("priorReferrals12Months", equalTo(1))
                .body("possibleMatches[0].status", equalTo("CONFIRMED"));
        given().auth().oauth2(worker).contentType(ContentType.JSON).body(Map.of("sameChild", false))
                .post("/api/v1/cases/" + caseId + "/possible-matches/" + matched)
                .then().statusCode(409);
    }

    private UUID triage(Referrals referral) throws Exception {
        consumer.deliver(referral.event());
        return referral.referralId;
    }

    static String token(String role, String la) {
        return TestInfrastructure.shared().tokens().mint(role, la == null ? "URN:100001" : "ORG:LA-" + la, la,
                null);
    }

    private static int order(String priority) {
        return List.of("RED", "AMBER", "GREEN").indexOf(priority);
    }

    private int audits(String action, String target) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(
                "SELECT count(*) FROM audit_record WHERE action = ? AND target = ?")) {
            q.setString(1, action);
            q.setString(2, target);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private <T> List<T> outboxEvents(UUID referralId, String topic, Class<T> type) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(
                "SELECT payload FROM outbox_event WHERE message_key = ? AND topic = ? ORDER BY id")) {
            q.setString(1, referralId.toString());
            q.setString(2, topic);
            List<T> events = new ArrayList<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    events.add(EventEnvelope.fromJson(rs.getString(1)).payloadAs(type));
                }
            }
            return events;
        }
    }
}
