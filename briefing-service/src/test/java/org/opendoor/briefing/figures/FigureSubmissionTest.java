package org.opendoor.briefing.figures;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendoor.briefing.Analysts;
import org.opendoor.infra.OpenDoorTestResource;

/** An analyst sends partner figures and history; corrections keep both versions; bad figures store nothing. */
@QuarkusTest
@QuarkusTestResource(OpenDoorTestResource.class)
class FigureSubmissionTest {
    private static final String POLICE = "police-domestic-abuse-incidents";

    @Test
    void figuresSentAsCsvAreAddedAndACorrectionKeepsBothVersions() {
        send(Analysts.of("DDSCP", "FORCE:DERBYS"), """
                month,area,measure,value,source
                2019-01,E06000015,police-domestic-abuse-incidents,410,Niche RMS
                2019-02,E06000015,police-domestic-abuse-incidents,395,Niche RMS
                """).then().statusCode(200).body("received", equalTo(2)).body("added", equalTo(2))
                .body("corrected", equalTo(0));

        send(Analysts.of("DDSCP", "FORCE:DERBYS"), """
                month,area,measure,value,source
                2019-01,E06000015,police-domestic-abuse-incidents,410,Niche RMS
                2019-02,E06000015,police-domestic-abuse-incidents,402,Niche RMS (corrected)
                """).then().statusCode(200).body("added", equalTo(0)).body("corrected", equalTo(1))
                .body("unchanged", equalTo(1));

        JsonPath history = given().auth().oauth2(Analysts.ddscp())
                .queryParam("area", "E06000015").queryParam("measure", POLICE)
                .get("/api/v1/figures").then().statusCode(200).extract().jsonPath();
        assertThat(history.getList("month", String.class)).containsExactly("2019-01", "2019-02");
        assertThat(history.getLong("[1].value")).isEqualTo(402);
        assertThat(history.getList("[1].revisions.value", Long.class)).containsExactly(395L, 402L);
        assertThat(history.getList("[1].revisions.source", String.class))
                .containsExactly("Niche RMS", "Niche RMS (corrected)");
        assertThat(history.getString("[1].organisation")).isEqualTo("FORCE:DERBYS");
    }

    @Test
    void figuresSentAsJsonAreAddedToo() {
        given().auth().oauth2(Analysts.ddscp()).contentType("application/json").body("""
                {"figures": [{"month": "2019-03", "area": "DDSCP", "measure": "camhs-referrals", "value": "180"}]}""")
                .post("/api/v1/figures").then().statusCode(200).body("added", equalTo(1));
    }

    @Test
    void aSubmissionWithAnyBadFigureIsRefusedWholeWithEveryProblemAndStoresNothing() {
        JsonPath problem = send(Analysts.ddscp(), """
                month,area,measure,value
                2019-04,E10000007,camhs-referrals,120
                2019-13,E10000007,camhs-referrals,120
                2019-05,E10000018,camhs-referrals,120
                2019-06,E10000007,conversion-rate,30
                2019-07,E10000007,camhs-referrals,lots
                2099-01,E10000007,camhs-referrals,5
                2019-04,E10000007,camhs-referrals,121
                """).then().statusCode(400).contentType("application/problem+json").extract().jsonPath();
        assertThat(problem.getList("violations.field", String.class)).containsExactly("row 3: month",
                "row 4: area", "row 5: measure", "row 6: value", "row 7: month", "row 8");
        assertThat(problem.getString("violations[1].message")).contains("E10000018 is not an area you can send");
        assertThat(problem.getString("violations[2].message")).contains("percentages are worked out, not sent");
        assertThat(problem.getString("violations[5].message")).contains("repeats the figure on row 2");

        given().auth().oauth2(Analysts.ddscp()).queryParam("area", "E10000007")
                .queryParam("measure", "camhs-referrals").get("/api/v1/figures")
                .then().statusCode(200).body("month", org.hamcrest.Matchers.not(hasItem("2019-04")));
    }

    @Test
    void aCsvWithoutTheRightHeaderSaysWhichColumnsItNeeds() {
        send(Analysts.ddscp(), "when,where,what\n2019-01,E10000007,camhs-referrals\n").then().statusCode(400)
                .body("detail", containsString("header must be month,area,measure,value[,source]"))
                .body("detail", containsString("missing [month, area, measure, value]"));
    }

    @Test
    void onlyAnalystsSendFigures() {
        given().contentType("text/csv").body("month,area,measure,value\n").post("/api/v1/figures")
                .then().statusCode(401);
        for (String role : List.of("duty_manager", "duty_worker", "school")) {
            send(Analysts.staff(role, "E10000007"), "month,area,measure,value\n2019-01,E10000007,camhs-referrals,1\n")
                    .then().statusCode(403);
        }
    }

    private static io.restassured.response.Response send(String token, String csv) {
        return given().auth().oauth2(token).contentType("text/csv").body(csv).post("/api/v1/figures");
    }
}
