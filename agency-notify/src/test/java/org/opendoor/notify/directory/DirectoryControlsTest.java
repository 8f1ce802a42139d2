package org.opendoor.notify.directory;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.opendoor.infra.Mailbox;
import org.opendoor.infra.TestInfrastructure;
import org.opendoor.notify.support.Mail;
import org.opendoor.notify.support.NotifyTestResource;

/** Who may change the directory, what a change leaves behind, and who hears of it (tracker issue 15). */
@QuarkusTest
@QuarkusTestResource(NotifyTestResource.class)
class DirectoryControlsTest {
    private static final String LEICESTER = "E06000016";
    private static final String DERBY = "E06000015";
    private static final String LEICESTER_SCHOOL = "100002";
    private static final String LEICESTER_MANAGER = "duty-manager@leicester.opendoor.local";

    @Inject
    AgroalDataSource dataSource;
    @Inject
    Directory directory;

    record Audit(String actor, String outcome, String detail) {
    }

    @Test
    void aRulesAdminOfDerbyEditingALeicesterEntryIsRefusedAuditedAndChangesNothing() throws Exception {
        String derby = admin(DERBY, null);
        Map<String, Object> hijack = school("Demo Leicester Primary School", LEICESTER, "EMAIL",
                "dsl@attacker.example", null);
        given().auth().oauth2(derby).contentType("application/json").body(hijack)
                .when().put("/api/v1/directory/SCHOOL_DSL/" + LEICESTER_SCHOOL).then().statusCode(403)
                .contentType("application/problem+json").body("status", equalTo(403))
                .body("detail", containsString("outside your directory scope"));
        // nor by moving it into Derby, nor by removing it
        given().auth().oauth2(derby).contentType("application/json")
                .body(school("Demo Leicester Primary School", DERBY, "EMAIL", "dsl@attacker.example", null))
                .when().put("/api/v1/directory/SCHOOL_DSL/" + LEICESTER_SCHOOL).then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(derby).when().delete("/api/v1/directory/SCHOOL_DSL/" + LEICESTER_SCHOOL).then()
                .statusCode(403).contentType("application/problem+json");

        given().auth().oauth2(derby).when().get("/api/v1/directory/SCHOOL_DSL/" + LEICESTER_SCHOOL).then()
                .statusCode(200).body("address", equalTo("dsl@100002.schools.opendoor.local"))
                .body("localAuthority", equalTo(LEICESTER)).body("name", equalTo("Demo Leicester Primary School"));
        List<Audit> audits = audits("SCHOOL_DSL/" + LEICESTER_SCHOOL);
        assertThat(audits).filteredOn(a -> a.outcome().equals("403")).hasSize(3)
                .allSatisfy(a -> assertThat(a.detail()).contains("scope: la " + DERBY))
                .anySatisfy(a -> assertThat(a.detail()).contains(
                        "refused: address: EMAIL dsl@100002.schools.opendoor.local -> EMAIL dsl@attacker.example"));
        assertThat(audits).extracting(Audit::outcome).doesNotContain("200", "204");
        assertThat(directoryNotices("SCHOOL_DSL", LEICESTER_SCHOOL)).isZero();

        // within Derby, the same administrator may
        String derbySchool = newUrn();
        given().auth().oauth2(derby).contentType("application/json")
                .body(school("Derby test school", DERBY, "EMAIL", "dsl@" + derbySchool + ".example", null))
                .when().put("/api/v1/directory/SCHOOL_DSL/" + derbySchool).then().statusCode(200);
    }

    @Test
    void anAdministratorWithNeitherClaimChangesNothingAndPartnershipsStayInTheirOwnLane() {
        String nobody = TestInfrastructure.shared().tokens().mint("rules_admin", "ORG:PARTNERSHIP", null, null);
        given().auth().oauth2(nobody).contentType("application/json")
                .body(school("Test school", LEICESTER, "EMAIL", "dsl@x.example", null))
                .when().put("/api/v1/directory/SCHOOL_DSL/" + newUrn()).then().statusCode(403)
                .body("detail", containsString("no la or partnership claim"));
        String ddscp = admin(null, "DDSCP");
        // the LLR hub's front door is LLR's, not DDSCP's
        given().auth().oauth2(ddscp).contentType("application/json")
                .body(Map.of("name", "LLR hub", "localAuthority", "LLR", "channel", "EMAIL", "address",
                        "hub@attacker.example"))
                .when().put("/api/v1/directory/DUTY_TEAM/LLR").then().statusCode(403);
        // the stand-in for both partnerships is nobody's to change through the API
        given().auth().oauth2(admin(null, "LLR")).contentType("application/json")
                .body(Map.of("name", "Front door operations", "localAuthority", "PARTNERSHIP", "channel", "EMAIL",
                        "address", "ops@attacker.example"))
                .when().put("/api/v1/directory/DUTY_MANAGER/PARTNERSHIP").then().statusCode(403);
        given().auth().oauth2(ddscp).when().get("/api/v1/directory/DUTY_TEAM/LLR").then().statusCode(200)
                .body("address", equalTo("hub@llr.duty.opendoor.local"));
        given().auth().oauth2(ddscp).when().get("/api/v1/directory/DUTY_MANAGER/PARTNERSHIP").then().statusCode(200)
                .body("address", equalTo("front-door-operations@partnership.opendoor.local"));
    }

    @Test
    void aChangeIsAuditedWithTheOldAndNewAddressAndTheFrontDoorManagerIsEmailed() throws Exception {
        String llr = admin(null, "LLR");
        String urn = newUrn();
        given().auth().oauth2(llr).contentType("application/json")
                .body(school("Leicester test school " + urn, LEICESTER, "EMAIL", "old-" + urn + "@school.example",
                        null))
                .when().put("/api/v1/directory/SCHOOL_DSL/" + urn).then().statusCode(200);
        given().auth().oauth2(llr).contentType("application/json")
                .body(school("Leicester test school " + urn, LEICESTER, "EMAIL", "new-" + urn + "@school.example",
                        null))
                .when().put("/api/v1/directory/SCHOOL_DSL/" + urn).then().statusCode(200);

        assertThat(audits("SCHOOL_DSL/" + urn)).extracting(Audit::outcome, Audit::detail).containsExactly(
                org.assertj.core.groups.Tuple.tuple("200", "address: (none) -> EMAIL old-" + urn
                        + "@school.example; told: " + LEICESTER_MANAGER),
                org.assertj.core.groups.Tuple.tuple("200", "address: EMAIL old-" + urn + "@school.example -> EMAIL new-"
                        + urn + "@school.example; told: " + LEICESTER_MANAGER));

        Mailbox.Mail changed = Mail.one(LEICESTER_MANAGER, "changed: SCHOOL_DSL " + urn);
        assertThat(changed.subject()).isEqualTo("Directory entry changed: SCHOOL_DSL " + urn + " (Leicester)");
        assertThat(changed.body()).contains("Before: EMAIL old-" + urn + "@school.example")
                .contains("After: EMAIL new-" + urn + "@school.example")
                .contains("front-door manager for Leicester").contains("Leicester test school " + urn);
        assertThat(Mail.one(LEICESTER_MANAGER, "added: SCHOOL_DSL " + urn).body()).contains("Before: no entry");

        given().auth().oauth2(llr).when().delete("/api/v1/directory/SCHOOL_DSL/" + urn).then().statusCode(204);
        assertThat(Mail.one(LEICESTER_MANAGER, "removed: SCHOOL_DSL " + urn).body())
                .contains("Before: EMAIL new-" + urn + "@school.example").contains("After: no entry");
        assertThat(audits("SCHOOL_DSL/" + urn).get(2).detail())
                .startsWith("address: EMAIL new-" + urn + "@school.example -> (none)");
    }

    @Test
    void aWebhookSecretIsNotStoredInPlaintextAndOneStoredBeforeEncryptionStillWorks() throws Exception {
        String secret = "school-shared-secret-" + newUrn();
        String urn = newUrn();
        given().auth().oauth2(admin(LEICESTER, null)).contentType("application/json")
                .body(school("Webhook school", LEICESTER, "WEBHOOK", "http://127.0.0.1:9/hook", secret))
                .when().put("/api/v1/directory/SCHOOL_DSL/" + urn).then().statusCode(200)
                .body("hasSecret", equalTo(true));
        String stored = storedSecret(urn);
        assertThat(stored).startsWith("aes-gcm:v1:").doesNotContain(secret);
        assertThat(directory.find(RecipientKind.SCHOOL_DSL, urn).orElseThrow().secret()).isEqualTo(secret);

        // a row written before secrets were encrypted
        String legacy = newUrn();
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement("""
                INSERT INTO directory_entry (kind, entry_key, name, local_authority, channel, address, secret, source)
                VALUES ('SCHOOL_DSL', ?, 'Legacy webhook school', ?, 'WEBHOOK', 'http://127.0.0.1:9/hook', ?,
                'ADMIN')""")) {
            insert.setString(1, legacy);
            insert.setString(2, LEICESTER);
            insert.setString(3, secret);
            insert.executeUpdate();
        }
        assertThat(directory.find(RecipientKind.SCHOOL_DSL, legacy).orElseThrow().secret()).isEqualTo(secret);
        directory.load(DirectoryFiles.onClasspath());
        assertThat(storedSecret(legacy)).startsWith("aes-gcm:v1:").doesNotContain(secret);
        assertThat(directory.find(RecipientKind.SCHOOL_DSL, legacy).orElseThrow().secret()).isEqualTo(secret);
    }

    @Test
    void aDeletedDataFileEntryStaysDeletedWhenTheDirectoryIsLoadedAgain() {
        String urn = "1" + ThreadLocalRandom.current().nextInt(10000, 99999);
        DirectoryFiles withExtraSchool = withSchool(urn + ",Data file school " + urn + "," + LEICESTER
                + ",EMAIL,dsl@" + urn + ".schools.opendoor.local");
        directory.load(withExtraSchool);
        String llr = admin(null, "LLR");
        given().auth().oauth2(llr).when().get("/api/v1/directory/SCHOOL_DSL/" + urn).then().statusCode(200);

        given().auth().oauth2(llr).when().delete("/api/v1/directory/SCHOOL_DSL/" + urn).then().statusCode(204);
        given().auth().oauth2(llr).when().get("/api/v1/directory/SCHOOL_DSL/" + urn).then().statusCode(404);
        directory.load(withExtraSchool);
        given().auth().oauth2(llr).when().get("/api/v1/directory/SCHOOL_DSL/" + urn).then().statusCode(404);
        given().auth().oauth2(llr).when().get("/api/v1/directory/SCHOOL_DSL").then().statusCode(200)
                .body("key", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(urn)));
        given().auth().oauth2(llr).when().delete("/api/v1/directory/SCHOOL_DSL/" + urn).then().statusCode(404);

        // an administrator may put it back, and then it is theirs
        given().auth().oauth2(llr).contentType("application/json")
                .body(school("Data file school " + urn, LEICESTER, "EMAIL", "dsl-new@" + urn + ".example", null))
                .when().put("/api/v1/directory/SCHOOL_DSL/" + urn).then().statusCode(200);
        directory.load(withExtraSchool);
        given().auth().oauth2(llr).when().get("/api/v1/directory/SCHOOL_DSL/" + urn).then().statusCode(200)
                .body("address", equalTo("dsl-new@" + urn + ".example"));
    }

    private static String admin(String la, String partnership) {
        return TestInfrastructure.shared().tokens().mint("rules_admin", "ORG:TEST", la, null, partnership);
    }

    private static String newUrn() {
        return Integer.toString(ThreadLocalRandom.current().nextInt(300000, 999998));
    }

    private static Map<String, Object> school(String name, String la, String channel, String address, String secret) {
        Map<String, Object> body = new HashMap<>(Map.of("name", name, "localAuthority", la, "channel", channel,
                "address", address));
        if (secret != null) {
            body.put("secret", secret);
        }
        return body;
    }

    /** The shipped data files, with one more school. */
    private static DirectoryFiles withSchool(String line) {
        return new DirectoryFiles(name -> {
            InputStream shipped = Thread.currentThread().getContextClassLoader().getResourceAsStream(name);
            if (!name.equals(RecipientKind.SCHOOL_DSL.file())) {
                return shipped;
            }
            try (shipped) {
                String text = new String(shipped.readAllBytes(), StandardCharsets.UTF_8).stripTrailing() + "\n" + line
                        + "\n";
                return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private List<Audit> audits(String target) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(
                "SELECT actor, outcome, detail FROM audit_record WHERE target = ? ORDER BY id")) {
            q.setString(1, target);
            List<Audit> found = new ArrayList<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    found.add(new Audit(rs.getString(1), rs.getString(2), rs.getString(3)));
                }
            }
            return found;
        }
    }

    private int directoryNotices(String kind, String key) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(
                "SELECT count(*) FROM notification WHERE purpose = 'DIRECTORY_CHANGED' AND reference = ?")) {
            q.setString(1, "DIRECTORY-" + kind + "-" + key);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private String storedSecret(String urn) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(
                "SELECT secret FROM directory_entry WHERE kind = 'SCHOOL_DSL' AND entry_key = ?")) {
            q.setString(1, urn);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}
