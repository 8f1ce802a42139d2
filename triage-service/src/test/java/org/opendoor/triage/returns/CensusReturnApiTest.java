package org.opendoor.triage.returns;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.opendoor.triage.Referrals.aReferral;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.opendoor.infra.OpenDoorTestResource;
import org.opendoor.infra.TestInfrastructure;
import org.opendoor.model.Indicator;
import org.opendoor.triage.Messaging;
import org.opendoor.triage.Referrals;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The CIN census through the API on the real stack: characteristics carried from intake's event, the primary need
 * recorded with the decision, characteristics corrected on the case, and the authority's return exported as DfE XML
 * (one Child per child, a CINdetails per referral) and validated; another authority's manager is refused.
 */
@QuarkusTest
@QuarkusTestResource(OpenDoorTestResource.class)
class CensusReturnApiTest {
    private static final String LEICESTERSHIRE = "E10000018";
    private static final String DERBY = "E06000015";
    private static final Random RANDOM = new Random();

    @Inject
    Messaging consumer;
    @Inject
    AgroalDataSource dataSource;

    @Test
    void aChildReferredTwiceIsOneChildWithBothReferralsInTheAuthoritysReturn() throws Exception {
        String manager = token("duty_manager", LEICESTERSHIRE);
        String worker = token("duty_worker", LEICESTERSHIRE);
        Referrals first = aReferral().with(Indicator.CHILD_UNKEMPT);
        first.upn = aUpn();
        first.sex = "F";
        first.ethnicity = "WBRI";
        first.disabilities = List.of("NONE");
        consumer.deliver(first.event());
        Response firstCase = given().auth().oauth2(worker).get("/api/v1/cases/by-referral/" + first.referralId)
                .then().statusCode(200).body("children[0].characteristics.sex", equalTo("F"))
                .body("children[0].characteristics.disabilities", equalTo(List.of("NONE")))
                .extract().response();
        String laChildId = firstCase.path("children[0].laChildId");
        String childIndexId = firstCase.path("children[0].childIndexId");
        String suggested = firstCase.path("cinPrimaryNeed");
        assertThat(laChildId).matches("OD\\d{8}");

        // an unknown primary need is refused; none given takes the suggestion
        given().auth().oauth2(worker).contentType(ContentType.JSON)
                .body(Map.of("outcome", "NFA", "rationale", "Seen by the school nurse.", "primaryNeedCode", "N12"))
                .post("/api/v1/cases/" + firstCase.path("caseId") + "/decision")
                .then().statusCode(400).body("violations[0].field", equalTo("primaryNeedCode"));
        given().auth().oauth2(worker).contentType(ContentType.JSON)
                .body(Map.of("outcome", "NFA", "rationale", "Seen by the school nurse."))
                .post("/api/v1/cases/" + firstCase.path("caseId") + "/decision")
                .then().statusCode(200).body("decision.primaryNeedCode", equalTo(suggested));

        Referrals second = first.again().with(Indicator.SOUNDS_OF_VIOLENCE);
        consumer.deliver(second.event());
        String secondCase = given().auth().oauth2(worker).get("/api/v1/cases/by-referral/" + second.referralId)
                .then().statusCode(200).body("children[0].laChildId", equalTo(laChildId))
                .extract().path("caseId");
        given().auth().oauth2(worker).contentType(ContentType.JSON)
                .body(Map.of("outcome", "S17_ASSESSMENT", "rationale", "Assess.", "primaryNeedCode", "N4"))
                .post("/api/v1/cases/" + secondCase + "/decision")
                .then().statusCode(200).body("decision.primaryNeedCode", equalTo("N4"));

        String characteristics = "/api/v1/cases/" + secondCase + "/children/" + childIndexId + "/characteristics";
        given().auth().oauth2(worker).contentType(ContentType.JSON)
                .body(Map.of("sex", "F", "ethnicity", "ZZZZ", "disabilities", List.of("HEAR")))
                .put(characteristics).then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("ethnicity"));
        given().auth().oauth2(worker).contentType(ContentType.JSON)
                .body(Map.of("sex", "F", "ethnicity", "WIRI", "disabilities", List.of("HEAR", "NONE")))
                .put(characteristics).then().statusCode(400).body("violations[0].field", equalTo("disabilities"));
        given().auth().oauth2(token("duty_worker", DERBY)).contentType(ContentType.JSON)
                .body(Map.of("sex", "F", "ethnicity", "WIRI", "disabilities", List.of("HEAR")))
                .put(characteristics).then().statusCode(404);
        given().auth().oauth2(worker).contentType(ContentType.JSON)
                .body(Map.of("sex", "F", "ethnicity", "WIRI", "disabilities", List.of("HEAR")))
                .put(characteristics).then().statusCode(200).body("ethnicity", equalTo("WIRI"));
        assertThat(audits("CHANGE_CHILD_CHARACTERISTICS", "case:" + secondCase)).isEqualTo(4);

        int year = CollectionYear.of(LocalDate.now(CollectionYear.LONDON)).year();
        Response exported = given().auth().oauth2(manager).accept("application/xml").queryParam("la", LEICESTERSHIRE)
                .get("/api/v1/returns/cin-census/" + year).then().statusCode(200).contentType("application/xml")
                .extract().response();
        assertThat(exported.header("X-OpenDoor-Census-Errors")).isNotNull();
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(exported.asByteArray()));
        Element message = xml.getDocumentElement();
        assertThat(message.getTagName()).isEqualTo("Message");
        assertThat(text(message, "Collection")).isEqualTo("CIN");
        assertThat(text(message, "Year")).isEqualTo(String.valueOf(year));
        assertThat(text(message, "ReferenceDate")).isEqualTo(year + "-03-31");
        assertThat(text(message, "LEA")).isEqualTo("855");
        assertThat(text(message, "SoftwareCode")).isEqualTo("OpenDoor");

        List<Element> ours = childrenWithId(message, laChildId);
        assertThat(ours).as("one Child per child, never one per referral").hasSize(1);
        Element child = ours.get(0);
        assertThat(text(child, "UPN")).isEqualTo(first.upn);
        assertThat(text(child, "PersonBirthDate")).isEqualTo(first.dateOfBirth.toString());
        assertThat(text(child, "Sex")).isEqualTo("F");
        assertThat(text(child, "Ethnicity")).isEqualTo("WIRI");
        assertThat(text(child, "Disability")).isEqualTo("HEAR");
        NodeList details = child.getElementsByTagName("CINdetails");
        assertThat(details.getLength()).isEqualTo(2);
        Element nfa = (Element) details.item(0);
        String today = LocalDate.now(CollectionYear.LONDON).toString();
        assertThat(text(nfa, "CINreferralDate")).isEqualTo(LocalDate.ofInstant(first.receivedAt,
                CollectionYear.LONDON).toString());
        assertThat(text(nfa, "ReferralSource")).isEqualTo("2A");
        assertThat(text(nfa, "ReferralNFA")).isEqualTo("true");
        assertThat(text(nfa, "CINclosureDate")).isEqualTo(today);
        assertThat(text(nfa, "ReasonForClosure")).isEqualTo("RC8");
        Element assessed = (Element) details.item(1);
        assertThat(text(assessed, "PrimaryNeedCode")).isEqualTo("N4");
        assertThat(text(assessed, "ReferralNFA")).isEqualTo("false");
        assertThat(assessed.getElementsByTagName("CINclosureDate").getLength()).isZero();

        List<Map<String, Object>> findings = given().auth().oauth2(manager).accept("application/json")
                .queryParam("la", LEICESTERSHIRE).get("/api/v1/returns/cin-census/" + year)
                .then().statusCode(200).contentType("application/json")
                .body("localAuthority", equalTo(LEICESTERSHIRE)).body("laNumber", equalTo("855"))
                .extract().jsonPath().getList("findings.findAll { it.laChildId == '" + laChildId + "' }");
        assertThat(findings).as("the NFA closure has no assessment behind it: a query, no error")
                .extracting(f -> f.get("rule") + " " + f.get("severity") + " " + f.get("reference"))
                .containsExactly("8825Q QUERY " + first.reference);
        assertThat(audits("EXPORT_RETURN", "cin-census:" + LEICESTERSHIRE + ":" + year)).isGreaterThanOrEqualTo(2);
    }

    @Test
    void withoutASuggestionThePrimaryNeedIsRequiredUnlessTheOutcomeIsNfa() throws Exception {
        String worker = token("duty_worker", LEICESTERSHIRE);
        String assessed = unsuggestedCase(worker);
        given().auth().oauth2(worker).contentType(ContentType.JSON)
                .body(Map.of("outcome", "S17_ASSESSMENT", "rationale", "Assess."))
                .post("/api/v1/cases/" + assessed + "/decision")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("primaryNeedCode"));
        given().auth().oauth2(worker).contentType(ContentType.JSON)
                .body(Map.of("outcome", "S17_ASSESSMENT", "rationale", "Assess.", "primaryNeedCode", "n2"))
                .post("/api/v1/cases/" + assessed + "/decision")
                .then().statusCode(200).body("decision.primaryNeedCode", equalTo("N2"));

        String closed = unsuggestedCase(worker);
        given().auth().oauth2(worker).contentType(ContentType.JSON)
                .body(Map.of("outcome", "NFA", "rationale", "Nothing to do."))
                .post("/api/v1/cases/" + closed + "/decision")
                .then().statusCode(200).body("decision.outcome", equalTo("NFA"))
                .body("decision", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("primaryNeedCode")));
    }

    /** A case triaged before the suggestion was kept (cin_primary_need empty). */
    private String unsuggestedCase(String worker) throws Exception {
        Referrals referral = aReferral().with(Indicator.CHILD_UNKEMPT);
        consumer.deliver(referral.event());
        String caseId = given().auth().oauth2(worker).get("/api/v1/cases/by-referral/" + referral.referralId)
                .then().statusCode(200).extract().path("caseId");
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(
                "UPDATE duty_case SET cin_primary_need = NULL WHERE id = ?::uuid")) {
            q.setString(1, caseId);
            assertThat(q.executeUpdate()).isEqualTo(1);
        }
        return caseId;
    }

    @Test
    void onlyTheAuthoritysOwnManagersHaveItsReturn() {
        int year = CollectionYear.of(LocalDate.now(CollectionYear.LONDON)).year();
        String path = "/api/v1/returns/cin-census/" + year;
        given().auth().oauth2(token("duty_manager", DERBY)).accept("application/xml")
                .queryParam("la", LEICESTERSHIRE).get(path).then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(token("duty_manager", DERBY)).accept("application/json")
                .queryParam("la", LEICESTERSHIRE).get(path).then().statusCode(403);
        given().auth().oauth2(token("duty_worker", LEICESTERSHIRE)).accept("application/xml")
                .queryParam("la", LEICESTERSHIRE).get(path).then().statusCode(403);
        given().accept("application/xml").queryParam("la", LEICESTERSHIRE).get(path).then().statusCode(401);
        given().auth().oauth2(token("duty_manager", LEICESTERSHIRE)).accept("application/json").get(path)
                .then().statusCode(400).body("violations.field", hasItem("la"));
        given().auth().oauth2(token("duty_manager", LEICESTERSHIRE)).accept("application/json")
                .queryParam("la", LEICESTERSHIRE).get("/api/v1/returns/cin-census/next-year")
                .then().statusCode(400).body("violations.field", hasItem("year"));
    }

    private static String aUpn() {
        StringBuilder digits = new StringBuilder("855");
        for (int i = 0; i < 9; i++) {
            digits.append(RANDOM.nextInt(10));
        }
        return Upn.checkLetter(digits.toString()) + digits.toString();
    }

    private static List<Element> childrenWithId(Element message, String laChildId) {
        NodeList ids = message.getElementsByTagName("LAchildID");
        List<Element> found = new java.util.ArrayList<>();
        for (int i = 0; i < ids.getLength(); i++) {
            if (ids.item(i).getTextContent().strip().equals(laChildId)) {
                found.add((Element) ids.item(i).getParentNode().getParentNode());
            }
        }
        return found;
    }

    private static String text(Element parent, String name) {
        return parent.getElementsByTagName(name).item(0).getTextContent().strip();
    }

    static String token(String role, String la) {
        return TestInfrastructure.shared().tokens().mint(role, la == null ? "URN:100001" : "ORG:LA-" + la, la, null);
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
}
