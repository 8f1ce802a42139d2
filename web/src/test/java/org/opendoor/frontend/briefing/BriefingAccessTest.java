package org.opendoor.frontend.briefing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

/**
 * Who may open the briefing pages, with briefing-service unreachable (as in every page test but one): a role that
 * may use a page gets as far as asking the service (so "a problem with the service"), any other the 403 page.
 */
@QuarkusTest
class BriefingAccessTest {
    @Test
    @TestSecurity(user = "analyst@ddscp.example", roles = "analyst")
    void anAnalystReadsTheBriefingAndSendsFigures() {
        for (String path : new String[] {"/staff/briefing", "/staff/briefing/2020-06?area=DDSCP",
                "/staff/briefing/2020-06.csv?area=DDSCP", "/staff/briefing/2020-06/contacts.csv?area=DDSCP",
                "/staff/figures", "/staff/figures/template.csv"}) {
            given().redirects().follow(false).get(path).then().statusCode(503).header("Retry-After", "30")
                    .body(containsString("Sorry, there is a problem with the service"));
        }
    }

    @Test
    @TestSecurity(user = "manager@derbyshire.example", roles = "duty_manager")
    void aDutyManagerReadsTheBriefingButSendsNoFigures() {
        given().get("/staff/briefing").then().statusCode(503);
        given().get("/staff/briefing/2020-06?area=E10000007").then().statusCode(503);
        given().get("/staff/figures").then().statusCode(403).body(containsString("You cannot use this page"));
    }

    @Test
    @TestSecurity(user = "worker@derbyshire.example", roles = "duty_worker")
    void aDutyWorkerSeesNeither() {
        for (String path : new String[] {"/staff/briefing", "/staff/briefing/2020-06?area=DDSCP",
                "/staff/briefing/2020-06.csv?area=DDSCP", "/staff/figures"}) {
            given().get(path).then().statusCode(403).body(containsString("You cannot use this page"));
        }
    }

    @Test
    @TestSecurity(user = "analyst@ddscp.example", roles = "analyst")
    void aDownloadForNoRealMonthOrAreaIsNotFoundWithoutAskingTheService() {
        given().get("/staff/briefing/2020-13.csv?area=DDSCP").then().statusCode(404);
        given().get("/staff/briefing/2020-06.csv?area=../x").then().statusCode(404);
        given().get("/staff/briefing/2020-06/..%2Fx.csv?area=DDSCP").then().statusCode(404);
    }
}
