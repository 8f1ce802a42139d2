package org.opendoor.frontend.briefing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The briefing pages rendered from briefing-service's answers (a stand-in that answers as its README says): the
 * page's structure and numbers, the CSV downloads, and sending a file of figures, accepted or refused.
 */
@QuarkusTest
@WithTestResource(FakeBriefingService.class)
@TestSecurity(user = "analyst@ddscp.example", roles = "analyst")
class BriefingPagesTest {
    @Test
    void theBriefingHasOneHeadingOneHeadlinesThenTheSectionsInOrderEachChartAnImageWithItsNumbers() {
        String page = given().get("/staff/briefing/2020-06?area=DDSCP").then().statusCode(200)
                .header("Cache-Control", "no-store").extract().asString();
        assertThat(count(page, "<h1")).isEqualTo(1);
        assertThat(page).contains(
                "<h1 class=\"govuk-heading-l\">Performance briefing: Derby and Derbyshire Safeguarding Children Partnership, June 2020</h1>",
                "<title>Performance briefing: Derby and Derbyshire Safeguarding Children Partnership, June 2020 – OpenDoor staff");
        assertThat(order(page, ">Headlines</h2>", ">Contacts and referrals from the public and professionals</h2>",
                ">Referrals to children&#39;s social care</h2>", ">Domestic abuse</h2>", ">Timeliness</h2>")).isTrue();
        assertThat(page).doesNotContain("id=\"incomplete\"", " style=");
        assertThat(count(page, "role=\"img\"")).isEqualTo(4);
        assertThat(page).contains("aria-labelledby=\"chart-contacts-title chart-contacts-desc\"",
                "<caption class=\"govuk-table__caption govuk-table__caption--s\">Contacts, July 2018 to June 2020</caption>",
                "Show the data for this chart", "href=\"/staff/briefing/2020-06/contacts.csv?area=DDSCP\"",
                "href=\"/staff/briefing/2020-06.csv?area=DDSCP\"", "Download all figures (CSV)",
                "% vs 3-year average", "41.3%", "[c]", "id=\"suppressed-note\"", "Too few to say",
                "No usual range yet", "Source: Derbyshire Constabulary.");
        // nav for an analyst: both their pages
        assertThat(page).contains("href=\"/staff/briefing\">Performance briefing</a>",
                "href=\"/staff/figures\">Send partner figures</a>");
    }

    @Test
    void aMonthThatIsNotOverSaysItsFiguresMayChange() {
        given().get("/staff/briefing/2020-05?area=DDSCP").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("These figures are not final: May 2020 is not over yet"));
    }

    @Test
    void anAreaTheServiceRefusesIsTheForbiddenPage() {
        given().get("/staff/briefing/2020-06?area=E06000016").then().statusCode(403)
                .body(org.hamcrest.Matchers.containsString("You cannot use this page"));
    }

    @Test
    void theFormOffersTheAreasAndLastMonthAndGoesToTheBriefingOrSaysWhatIsWrong() {
        YearMonth last = YearMonth.now(Clock.system(ZoneId.of("Europe/London"))).minusMonths(1);
        String form = given().get("/staff/briefing").then().statusCode(200).extract().asString();
        assertThat(form).contains("<option value=\"DDSCP\">Derby and Derbyshire Safeguarding Children Partnership</option>",
                "<label class=\"govuk-label govuk-label--s\" for=\"area\">Area</label>",
                "id=\"briefing-month\" name=\"month\" type=\"text\" inputmode=\"numeric\" value=\"" + last.getMonthValue() + "\"",
                "value=\"" + last.getYear() + "\"", "method=\"get\" action=\"/staff/briefing\"");
        given().redirects().follow(false).get("/staff/briefing?area=DDSCP&month=6&year=2020").then().statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith("/staff/briefing/2020-06?area=DDSCP"));
        String wrong = given().get("/staff/briefing?area=NOWHERE&month=13&year=2020").then().statusCode(400).extract()
                .asString();
        assertThat(wrong).contains("<title>Error: Performance briefing", "govuk-error-summary",
                "<a href=\"#area\">Select the area</a>", "<a href=\"#briefing-month\">Month must be a number from 1 to 12</a>",
                "value=\"13\"", "govuk-input--width-2 govuk-input--error", "govuk-input--width-4\" id=\"briefing-year\"");
    }

    @Test
    void aMonthInTheAddressThatIsNoMonthIsTheFormWithAnErrorNotAFailure() {
        String page = given().get("/staff/briefing/2020-13?area=DDSCP").then().statusCode(400).extract().asString();
        assertThat(page).contains("govuk-error-summary", "<a href=\"#briefing-month\">Month must be a number from 1 to 12</a>",
                "<option value=\"DDSCP\" selected>");
        given().get("/staff/briefing/next-month?area=DDSCP").then().statusCode(400);
    }

    @Test
    void theCsvLinksProxyTheServicesCsvAsADownload() {
        Response all = given().get("/staff/briefing/2020-06.csv?area=DDSCP");
        assertThat(all.statusCode()).isEqualTo(200);
        assertThat(all.contentType()).startsWith("text/csv");
        assertThat(all.header("Content-Disposition")).isEqualTo("attachment; filename=\"briefing-DDSCP-2020-06.csv\"");
        assertThat(all.asString()).isEqualTo(FakeBriefingService.BRIEFING_CSV);
        Response one = given().get("/staff/briefing/2020-06/contacts.csv?area=DDSCP");
        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(one.header("Content-Disposition")).isEqualTo("attachment; filename=\"contacts-DDSCP-2020-06.csv\"");
        assertThat(one.asString()).isEqualTo(FakeBriefingService.MEASURE_CSV);
        assertThat(FakeBriefingService.lastAuthorization).startsWith("Bearer ");
    }

    @Test
    void theFiguresPageExplainsTheFileListsWhatMayBeSentAndShowsFiguresSentWithTheirRevisions() {
        String page = given().get("/staff/figures?area=E10000007&measure=police-domestic-abuse-incidents").then()
                .statusCode(200).extract().asString();
        assertThat(page).contains("<h1 class=\"govuk-heading-l\">Send partner figures</h1>",
                "enctype=\"multipart/form-data\"", "name=\"csrf-token\"", "<label class=\"govuk-label govuk-label--m\" for=\"file\">",
                "href=\"/staff/figures/template.csv\"", ">police-domestic-abuse-incidents</code>", ">camhs-referrals</code>",
                ">E10000007</code>", "id=\"figures-sent\"", ">June 2020</th>", "1575", "Sam Analyst, Derbyshire Constabulary", "1560 (Sam Analyst");
        // OpenDoor's own measures are not offered
        assertThat(page).doesNotContain(">contacts</code>");
        String template = given().get("/staff/figures/template.csv").then().statusCode(200)
                .header("Content-Disposition", "attachment; filename=\"partner-figures-template.csv\"").extract()
                .asString();
        assertThat(template).startsWith("month,area,measure,value,source\r\n")
                .contains(",DDSCP,police-domestic-abuse-incidents,,", ",DDSCP,camhs-referrals,,");
    }

    @Test
    void anAcceptedFileIsSentOnAsCsvAndConfirmedWithItsCounts() {
        String token = csrfToken();
        byte[] file = ("\uFEFFmonth,area,measure,value,source\n2020-06,E10000007,police-domestic-abuse-incidents,1575,Niche\n")
                .getBytes(StandardCharsets.UTF_8);
        String page = given().cookie("csrf-token", token).multiPart("csrf-token", token)
                .multiPart("file", "figures.csv", file, "text/csv").post("/staff/figures").then().statusCode(200)
                .extract().asString();
        assertThat(page).contains("govuk-panel--confirmation", "Figures received", "120 figures checked and saved",
                "Added (new months)</dt><dd class=\"govuk-summary-list__value\">118",
                "Corrected (a different value from before; both are kept)</dt><dd class=\"govuk-summary-list__value\">2");
        assertThat(FakeBriefingService.lastUploadType).startsWith("text/csv");
        assertThat(FakeBriefingService.lastUpload)
                .isEqualTo("month,area,measure,value,source\n2020-06,E10000007,police-domestic-abuse-incidents,1575,Niche\n");
    }

    @Test
    void aRefusedFileListsTheServicesViolationsInTheErrorSummary() {
        String token = csrfToken();
        byte[] file = "month,area,measure,value\n2020-06,E10000007,camhs-referrals,not-a-number\n"
                .getBytes(StandardCharsets.UTF_8);
        String page = given().cookie("csrf-token", token).multiPart("csrf-token", token)
                .multiPart("file", "figures.csv", file, "text/csv").post("/staff/figures").then().statusCode(400)
                .extract().asString();
        assertThat(page).contains("<title>Error: Send partner figures", "govuk-error-summary",
                "<a href=\"#file\">Row 3, value: must be a number</a>",
                "<a href=\"#file\">Row 5, area: is not in your partnership</a>",
                "Nothing has been saved: fix the problems listed and upload the whole file again",
                "govuk-file-upload--error");
    }

    @Test
    void noFileOrAFileThatIsNotTextIsRefusedHereWithoutBotheringTheService() {
        String token = csrfToken();
        FakeBriefingService.lastUpload = null;
        given().cookie("csrf-token", token).multiPart("csrf-token", token)
                .multiPart("file", "", new byte[0], "application/octet-stream").post("/staff/figures").then()
                .statusCode(400).body(org.hamcrest.Matchers.containsString("<a href=\"#file\">Select a CSV file of figures</a>"));
        given().cookie("csrf-token", token).multiPart("csrf-token", token)
                .multiPart("file", "figures.csv", new byte[] {(byte) 0xff, (byte) 0xfe, 0x41}, "text/csv")
                .post("/staff/figures").then().statusCode(400)
                .body(org.hamcrest.Matchers.containsString("saved as UTF-8"));
        assertThat(FakeBriefingService.lastUpload).isNull();
    }

    @Test
    void aFileSentWithoutTheFormsCsrfTokenIsRefused() {
        given().multiPart("file", "figures.csv", "month,area,measure,value\n".getBytes(StandardCharsets.UTF_8), "text/csv")
                .post("/staff/figures").then().statusCode(400);
    }

    private static String csrfToken() {
        Response page = given().get("/staff/figures");
        String token = page.cookie("csrf-token");
        assertThat(page.asString()).contains("name=\"csrf-token\" value=\"" + token + "\"");
        return token;
    }

    private static boolean order(String page, String... parts) {
        int at = -1;
        for (String part : parts) {
            int next = page.indexOf(part, at + 1);
            if (next < 0) {
                throw new AssertionError("missing or out of order: " + part);
            }
            at = next;
        }
        return true;
    }

    private static int count(String text, String part) {
        Matcher m = Pattern.compile(Pattern.quote(part)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
