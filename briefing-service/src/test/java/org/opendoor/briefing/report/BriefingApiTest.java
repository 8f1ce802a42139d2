package org.opendoor.briefing.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.YearMonth;
import java.util.Random;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.random.JDKRandomGenerator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.opendoor.briefing.Analysts;
import org.opendoor.infra.OpenDoorTestResource;

/**
 * A briefing over imported history: five years of Derby's and Derbyshire's contacts, then a June 2020 a third
 * below usual. What the briefing says, in JSON and CSV, who may read it, and what publishing hides.
 */
@QuarkusTest
@QuarkusTestResource(OpenDoorTestResource.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BriefingApiTest {
    private static final String DERBY = "E06000015";
    private static final String DERBYSHIRE = "E10000007";

    private boolean imported;

    // before each test rather than all: RestAssured knows the test application's port only once a test runs
    @BeforeEach
    void history() {
        if (imported) {
            return;
        }
        imported = true;
        StringBuilder csv = new StringBuilder("month,area,measure,value,source\n");
        PoissonDistribution derby = new PoissonDistribution(new JDKRandomGenerator(7), 1300, 1e-12, 10_000_000);
        PoissonDistribution derbyshire = new PoissonDistribution(new JDKRandomGenerator(8), 2400, 1e-12, 10_000_000);
        Random small = new Random(9);
        for (YearMonth m = YearMonth.of(2015, 1); m.isBefore(YearMonth.of(2020, 7)); m = m.plusMonths(1)) {
            boolean june2020 = m.equals(YearMonth.of(2020, 6));
            csv.append(m).append(',').append(DERBY).append(",contacts,")
                    .append(june2020 ? 850 : derby.sample()).append(",case system\n");
            csv.append(m).append(',').append(DERBYSHIRE).append(",contacts,")
                    .append(june2020 ? 1560 : derbyshire.sample()).append(",case system\n");
            csv.append(m).append(',').append(DERBY).append(",missing-episodes,")
                    .append(june2020 ? 4 : 3 + small.nextInt(4)).append(",police\n");
        }
        given().auth().oauth2(Analysts.ddscp()).contentType("text/csv").body(csv.toString())
                .post("/api/v1/figures").then().statusCode(200);
    }

    @Test
    void aMonthAThirdBelowUsualIsCalledLowerWithItsNumbers() {
        JsonPath contacts = measure("DDSCP", "2020-06", "contacts", false);
        assertThat(contacts.getLong("value")).isEqualTo(850 + 1560);
        assertThat(contacts.getString("direction")).isEqualTo("LOWER");
        assertThat(contacts.getDouble("expected")).isBetween(3400.0, 4000.0);
        assertThat(contacts.getLong("usualLow")).isGreaterThan(2410L);
        assertThat(contacts.getDouble("dfeStylePercentChange")).isBetween(-40.0, -30.0);
        assertThat(contacts.getString("statement")).startsWith("Contacts were lower than we would usually see in "
                + "June: 2,410 (expected ").contains("usual range ").contains("% below the average of the last three "
                + "Junes.");
        assertThat(contacts.getList("series")).hasSize(24);
        assertThat(contacts.getString("series[23].month")).isEqualTo("2020-06");
        assertThat(contacts.getString("source")).isEqualTo("case system, sent by ORG:DDSCP");
    }

    @Test
    void anOrdinaryMonthIsWithinTheUsualRange() {
        JsonPath contacts = measure(DERBYSHIRE, "2019-06", "contacts", false);
        assertThat(contacts.getString("level")).isEqualTo("USUAL");
        assertThat(contacts.getString("statement")).startsWith("Contacts were within the usual range for June: ");
    }

    @Test
    void theBriefingLeadsWithItsHeadlinesAndHasEverySection() {
        JsonPath b = given().auth().oauth2(Analysts.ddscp()).queryParam("area", "DDSCP")
                .get("/api/v1/briefings/2020-06").then().statusCode(200).extract().jsonPath();
        assertThat(b.getString("area.name")).isEqualTo("Derby and Derbyshire Safeguarding Children Partnership");
        assertThat(b.getBoolean("complete")).isTrue();
        assertThat(b.getString("headlines[0].measure")).isEqualTo("contacts");
        assertThat(b.getString("headlines[0].statement")).startsWith("Contacts were lower than we would usually see");
        assertThat(b.getList("sections.id", String.class)).containsExactly("contacts", "social-care",
                "domestic-abuse", "schools", "mental-health", "missing", "exploitation", "timeliness");
    }

    @Test
    void theSameFiguresComeAsCsv() {
        String csv = given().auth().oauth2(Analysts.ddscp()).accept("text/csv").queryParam("area", "DDSCP")
                .get("/api/v1/briefings/2020-06").then().statusCode(200)
                .header("Content-Disposition", containsString("briefing-DDSCP-2020-06.csv")).extract().asString();
        assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo("area,month,section,measure,title,unit,value,"
                + "count,denominator,expected,usual_low,usual_high,dfe_style_percent_change,direction,trend,statement");
        assertThat(csv).contains("DDSCP,2020-06,contacts,contacts,Contacts,COUNT,2410,2410,,");
        String series = given().auth().oauth2(Analysts.ddscp()).accept("text/csv").queryParam("area", "DDSCP")
                .get("/api/v1/briefings/2020-06/measures/contacts").then().statusCode(200).extract().asString();
        assertThat(series.lines()).hasSize(25).first().isEqualTo("month,value,expected,usual_low,usual_high,excluded");
    }

    @Test
    void publishedFiguresHideSmallNumbersButNotTheirAbsence() {
        JsonPath internal = measure(DERBY, "2020-06", "missing-episodes", false);
        assertThat(internal.getLong("value")).isEqualTo(4);
        JsonPath published = measure(DERBY, "2020-06", "missing-episodes", true);
        assertThat(published.getBoolean("suppressed")).isTrue();
        assertThat(published.getString("value")).isNull();
        assertThat(published.getString("expected")).isNull();
        assertThat(published.getString("statement")).isEqualTo("Missing episodes: fewer than 10 in June 2020 "
                + "(numbers this small are not published).");
        assertThat(published.getList("series.value").stream().filter(v -> v != null)).isEmpty();
        assertThat(measure(DERBY, "2020-06", "contacts", true).getLong("value")).isEqualTo(850);
    }

    @Test
    void smallNumbersNeverRaiseAnAlarm() {
        assertThat(measure(DERBY, "2020-06", "missing-episodes", false).getString("guard")).isEqualTo("TOO_FEW");
    }

    @Test
    void aDutyManagerReadsItsAuthorityAndPartnershipOnly() {
        String manager = Analysts.staff("duty_manager", DERBYSHIRE);
        given().auth().oauth2(manager).get("/api/v1/briefings/areas").then().statusCode(200)
                .body("code", org.hamcrest.Matchers.contains("DDSCP", DERBYSHIRE));
        given().auth().oauth2(manager).queryParam("area", DERBYSHIRE).get("/api/v1/briefings/2020-06")
                .then().statusCode(200);
        given().auth().oauth2(manager).queryParam("area", DERBY).get("/api/v1/briefings/2020-06")
                .then().statusCode(403).body("detail", containsString("You can read briefings for [DDSCP, E10000007]"));
        given().auth().oauth2(Analysts.llr()).queryParam("area", "DDSCP").get("/api/v1/briefings/2020-06")
                .then().statusCode(403);
        given().auth().oauth2(Analysts.staff("duty_worker", DERBYSHIRE)).queryParam("area", DERBYSHIRE)
                .get("/api/v1/briefings/2020-06").then().statusCode(403);
        given().queryParam("area", DERBYSHIRE).get("/api/v1/briefings/2020-06").then().statusCode(401);
    }

    @Test
    void badRequestsAreExplainedAndNeverAFiveHundred() {
        given().auth().oauth2(Analysts.ddscp()).queryParam("area", "DDSCP").get("/api/v1/briefings/June-2020")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("month"));
        given().auth().oauth2(Analysts.ddscp()).get("/api/v1/briefings/2020-06").then().statusCode(400)
                .body("violations[0].message", containsString("is required: one of [DDSCP, E06000015, E10000007]"));
        given().auth().oauth2(Analysts.ddscp()).queryParam("area", "E99999999").get("/api/v1/briefings/2020-06")
                .then().statusCode(404);
        given().auth().oauth2(Analysts.ddscp()).queryParam("area", "DDSCP")
                .get("/api/v1/briefings/2020-06/measures/nonsense").then().statusCode(404);
    }

    private static JsonPath measure(String area, String month, String measure, boolean published) {
        return given().auth().oauth2(Analysts.ddscp()).queryParam("area", area).queryParam("published", published)
                .get("/api/v1/briefings/" + month + "/measures/" + measure).then().statusCode(200).extract()
                .jsonPath();
    }
}
