package org.opendoor.intake.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.opendoor.intake.TestRequests.POLICE_REFERRAL;
import static org.opendoor.intake.TestRequests.SCHOOL_REFERRAL;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.opendoor.infra.OpenDoorTestResource;
import org.opendoor.infra.TestInfrastructure;
import org.opendoor.web.AuditAction;
import org.opendoor.web.AuditTrail;
import org.opendoor.web.Caller;

/**
 * The audit trail of issue 15: refusals are in it with their request and address, the role recorded is the one
 * that authorised the action, the service cannot change or remove a record, a record changed behind its back breaks
 * the hash chain, and auditors (only they) search it by person, case and time.
 */
@QuarkusTest
@QuarkusTestResource(OpenDoorTestResource.class)
class AuditTrailTest {
    @Inject
    AgroalDataSource dataSource;

    /** A token for a person of a known user name, so their records can be found. */
    private static String token(String actor, List<String> roles, String org) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", actor);
        claims.put("upn", actor);
        claims.put("groups", roles);
        if (org != null) {
            claims.put("org", org);
        }
        return TestInfrastructure.shared().tokens().mint(roles.get(0), claims, Duration.ofHours(1));
    }

    private static RequestSpecification as(String actor, List<String> roles, String org) {
        return given().auth().oauth2(token(actor, roles, org)).contentType("application/json");
    }

    private static String someone(String role) {
        return role + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aBadTokenIsInTheAuditTrailWithItsRequestIdAndClientAddress() throws Exception {
        String requestId = "partner-" + UUID.randomUUID();
        given().auth().oauth2("not.a.token").header("X-Request-Id", requestId)
                .header("X-Forwarded-For", "203.0.113.41").contentType("application/json").body(SCHOOL_REFERRAL)
                .when().post("/api/v1/referrals")
                .then().statusCode(401).header("X-Request-Id", requestId);

        assertThat(refusal(requestId)).containsEntry("actor", "anonymous").containsEntry("role", "none")
                .containsEntry("action", "REQUEST_REFUSED").containsEntry("target", "POST /api/v1/referrals")
                .containsEntry("outcome", "REFUSED 401").containsEntry("client_address", "203.0.113.41");
    }

    @Test
    void aMalformedRequestIdIsReplacedAndTheNewOneIsAnsweredAndRecorded() throws Exception {
        String answered = given().header("X-Request-Id", "bad id with spaces; DROP TABLE")
                .when().get("/api/v1/referrals/" + UUID.randomUUID())
                .then().statusCode(401).header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"))
                .extract().header("X-Request-Id");

        assertThat(refusal(answered)).containsEntry("outcome", "REFUSED 401");
    }

    @Test
    void aForbiddenRequestIsInTheAuditTrailWithTheRoleAndWho() throws Exception {
        String actor = someone("duty-worker");
        String requestId = "forbidden-" + UUID.randomUUID();
        as(actor, List.of("duty_worker"), null).header("X-Request-Id", requestId)
                .header("X-Forwarded-For", "203.0.113.42").body(SCHOOL_REFERRAL)
                .when().post("/api/v1/referrals")
                .then().statusCode(403).header("X-Request-Id", requestId);

        assertThat(refusal(requestId)).containsEntry("actor", actor).containsEntry("role", "duty_worker")
                .containsEntry("outcome", "REFUSED 403").containsEntry("client_address", "203.0.113.42");
    }

    @Test
    void aSourceItsRoleMayNotUseIsA403InTheAuditTrailToo() throws Exception {
        String requestId = "wrong-source-" + UUID.randomUUID();
        as(someone("school"), List.of("school"), "URN:100001").header("X-Request-Id", requestId)
                .body(POLICE_REFERRAL).when().post("/api/v1/referrals").then().statusCode(403);

        assertThat(refusal(requestId)).containsEntry("role", "school").containsEntry("outcome", "REFUSED 403");
    }

    @Test
    void theRoleRecordedIsTheOneThatAuthorisedTheAction() throws Exception {
        // a person who is both police officer and school governor submits for the school: alphabetically "police"
        // comes first, but the school role is the one the submission used
        String actor = someone("governor");
        String requestId = "both-roles-" + UUID.randomUUID();
        String referralId = as(actor, List.of("police", "school"), "URN:100001").header("X-Request-Id", requestId)
                .body(SCHOOL_REFERRAL).when().post("/api/v1/referrals")
                .then().statusCode(202).header("X-Request-Id", requestId).extract().path("referralId");

        Map<String, String> submitted = row("SELECT * FROM audit_record WHERE action = 'SUBMIT_REFERRAL' AND target = ?",
                referralId);
        assertThat(submitted).containsEntry("actor", actor).containsEntry("role", "school")
                .containsEntry("request_id", requestId).containsEntry("client_address", "127.0.0.1");
    }

    @Test
    void theServiceCannotUpdateDeleteOrTruncateTheAuditTrail() throws Exception {
        String requestId = "append-only-" + UUID.randomUUID();
        given().header("X-Request-Id", requestId).when().get("/api/v1/referrals").then().statusCode(401);
        String id = refusal(requestId).get("id");
        awaitSealed(Long.parseLong(id));

        for (String change : List.of("UPDATE audit_record SET outcome = 'OK' WHERE id = " + id,
                "DELETE FROM audit_record WHERE id = " + id, "TRUNCATE audit_record",
                "UPDATE audit_seal SET hash = 'x'", "DELETE FROM audit_seal", "TRUNCATE audit_seal CASCADE")) {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                assertThatThrownBy(() -> s.execute(change)).as(change).isInstanceOf(SQLException.class)
                        .hasMessageContaining("append-only");
            }
        }
        assertThat(refusal(requestId)).containsEntry("outcome", "REFUSED 401");
    }

    @Test
    void aRecordChangedBehindTheServicesBackBreaksTheChainAtThatRecord() throws Exception {
        String requestId = "tamper-" + UUID.randomUUID();
        given().header("X-Request-Id", requestId).when().get("/api/v1/referrals").then().statusCode(401);
        long id = Long.parseLong(refusal(requestId).get("id"));
        String auditor = token(someone("auditor"), List.of("auditor"), null);
        awaitSealed(id);
        JsonPath before = given().auth().oauth2(auditor).when().get("/api/v1/audit/verification")
                .then().statusCode(200).extract().jsonPath();
        assertThat(before.getBoolean("intact")).as("intact before tampering: %s", before.prettify()).isTrue();

        // a superuser can switch the append-only trigger off; the chain is what still tells
        try (Connection superuser = superuser(); Statement s = superuser.createStatement()) {
            s.execute("SET session_replication_role = replica");
            s.executeUpdate("UPDATE intake.audit_record SET outcome = 'OK' WHERE id = " + id);
            try {
                JsonPath report = given().auth().oauth2(auditor).when().get("/api/v1/audit/verification")
                        .then().statusCode(200).extract().jsonPath();
                assertThat(report.getBoolean("intact")).isFalse();
                assertThat(report.getLong("firstBrokenLink.recordId")).isEqualTo(id);
                assertThat(report.getString("firstBrokenLink.problem")).isEqualTo("RECORD_CHANGED");
            } finally {
                s.executeUpdate("UPDATE intake.audit_record SET outcome = 'REFUSED 401' WHERE id = " + id);
            }
        }
        given().auth().oauth2(auditor).when().get("/api/v1/audit/verification")
                .then().statusCode(200).body("intact", equalTo(true));
        assertThat(row("SELECT outcome FROM audit_record WHERE action = 'VERIFY_AUDIT_TRAIL' AND outcome = 'BROKEN' "
                + "AND detail = ?", "RECORD_CHANGED at record " + id)).as("the failed check is audited").isNotNull();
    }

    @Test
    void aRecordCommittedAfterALaterNumberedOneIsSealedAfterItAndTheChainHolds() throws Exception {
        String slowTarget = "slow-" + UUID.randomUUID();
        long slowId;
        long fastId;
        try (Connection slow = dataSource.getConnection()) {
            slow.setAutoCommit(false);
            AuditTrail.record(slow, new Caller(someone("slow"), Set.of("school"), "URN:100001", null, null),
                    AuditAction.READ_REFERRAL, slowTarget, "OK");
            try (PreparedStatement q = slow.prepareStatement("SELECT id FROM audit_record WHERE target = ?")) {
                q.setString(1, slowTarget);
                try (ResultSet rs = q.executeQuery()) {
                    rs.next();
                    slowId = rs.getLong(1);
                }
            }
            // while that transaction is open, a later-numbered record commits and is sealed
            String requestId = "fast-" + UUID.randomUUID();
            given().header("X-Request-Id", requestId).when().get("/api/v1/referrals").then().statusCode(401);
            fastId = Long.parseLong(refusal(requestId).get("id"));
            assertThat(fastId).isGreaterThan(slowId);
            awaitSealed(fastId);
            slow.commit();
        }
        awaitSealed(slowId);

        assertThat(Long.parseLong(row("SELECT seq FROM audit_seal WHERE record_id = ?", slowId).get("seq")))
                .as("sealed in commit order").isGreaterThan(
                        Long.parseLong(row("SELECT seq FROM audit_seal WHERE record_id = ?", fastId).get("seq")));
        given().auth().oauth2(token(someone("auditor"), List.of("auditor"), null))
                .when().get("/api/v1/audit/verification")
                .then().statusCode(200).body("intact", equalTo(true));
    }

    @Test
    void auditorsSearchByPersonCaseAndTimeAndOthersMayNot() throws Exception {
        String school = someone("school-dsl");
        String first = as(school, List.of("school"), "URN:100001").body(SCHOOL_REFERRAL)
                .when().post("/api/v1/referrals").then().statusCode(202).extract().path("referralId");
        String second = as(school, List.of("school"), "URN:100001").body(SCHOOL_REFERRAL)
                .when().post("/api/v1/referrals").then().statusCode(202).extract().path("referralId");
        as(school, List.of("school"), "URN:100001").when().get("/api/v1/referrals/" + first).then().statusCode(200);
        String auditorName = someone("auditor");
        String auditor = token(auditorName, List.of("auditor"), null);

        JsonPath byPerson = given().auth().oauth2(auditor).queryParam("actor", school)
                .when().get("/api/v1/audit").then().statusCode(200).extract().jsonPath();
        assertThat(byPerson.getList("records.target", String.class)).containsExactly(first, second, first);
        assertThat(byPerson.getList("records.actor", String.class)).containsOnly(school);
        assertThat(byPerson.getList("records.outcome", String.class)).containsExactly("FEEDBACK", "ACCEPTED", "ACCEPTED");

        JsonPath byCase = given().auth().oauth2(auditor).queryParam("target", first)
                .when().get("/api/v1/audit").then().statusCode(200).extract().jsonPath();
        assertThat(byCase.getList("records.action", String.class)).containsExactly("READ_REFERRAL", "SUBMIT_REFERRAL");

        Instant submittedAt = Instant.parse(byCase.getString("records[1].at"));
        given().auth().oauth2(auditor).queryParam("target", first).queryParam("from", submittedAt.toString())
                .queryParam("to", submittedAt.plusNanos(1000).toString())
                .when().get("/api/v1/audit").then().statusCode(200)
                .body("records.action", equalTo(List.of("SUBMIT_REFERRAL")));
        given().auth().oauth2(auditor).queryParam("target", first).queryParam("to", submittedAt.toString())
                .when().get("/api/v1/audit").then().statusCode(200).body("records", equalTo(List.of()));

        JsonPath page = given().auth().oauth2(auditor).queryParam("actor", school).queryParam("limit", 2)
                .when().get("/api/v1/audit").then().statusCode(200).extract().jsonPath();
        assertThat(page.getList("records.target", String.class)).containsExactly(first, second);
        given().auth().oauth2(auditor).queryParam("actor", school).queryParam("limit", 2)
                .queryParam("before", page.getLong("nextBefore"))
                .when().get("/api/v1/audit").then().statusCode(200)
                .body("records.target", equalTo(List.of(first))).body("nextBefore", equalTo(null));

        given().auth().oauth2(auditor).queryParam("from", "yesterday").when().get("/api/v1/audit")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("from"));
        String dutyManager = someone("duty-manager");
        String refusedId = "not-an-auditor-" + UUID.randomUUID();
        as(dutyManager, List.of("duty_manager"), null).header("X-Request-Id", refusedId)
                .queryParam("actor", school).when().get("/api/v1/audit").then().statusCode(403);
        assertThat(refusal(refusedId)).containsEntry("actor", dutyManager).containsEntry("role", "duty_manager")
                .containsEntry("target", "GET /api/v1/audit");

        assertThat(row("SELECT * FROM audit_record WHERE action = 'READ_AUDIT_TRAIL' AND actor = ? AND detail = ? "
                + "ORDER BY id LIMIT 1", auditorName, "actor=" + school))
                .as("reading the audit trail is audited").containsEntry("role", "auditor")
                .containsEntry("outcome", "OK 3");
    }

    private void awaitSealed(long recordId) {
        Awaitility.await("record " + recordId + " sealed").atMost(Duration.ofSeconds(30))
                .until(() -> row("SELECT seq FROM audit_seal WHERE record_id = ?", recordId) != null);
    }

    /** The refusal recorded for a request id. */
    private Map<String, String> refusal(String requestId) throws SQLException {
        Map<String, String> row = row("SELECT * FROM audit_record WHERE request_id = ? AND action = 'REQUEST_REFUSED'",
                requestId);
        assertThat(row).as("a refusal recorded for request %s", requestId).isNotNull();
        return row;
    }

    private Map<String, String> row(String sql, Object... values) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                q.setObject(i + 1, values[i]);
            }
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.put(rs.getMetaData().getColumnName(i), rs.getString(i));
                }
                return row;
            }
        }
    }

    /** The database superuser, on a connection of its own (not the service's pool). */
    private static Connection superuser() throws SQLException {
        return DriverManager.getConnection(
                ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class),
                ConfigProvider.getConfig().getValue("quarkus.datasource.username", String.class),
                ConfigProvider.getConfig().getValue("quarkus.datasource.password", String.class));
    }
}
