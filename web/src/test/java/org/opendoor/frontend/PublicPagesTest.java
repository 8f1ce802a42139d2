package org.opendoor.frontend;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/**
 * The pages that need no service behind them, over HTTP: headers, the brand, CSRF, escaping, the journey's
 * guards, Exit this page and the submission limit. The services are deliberately unreachable here.
 */
@QuarkusTest
class PublicPagesTest {
    private static final String SESSION = "opendoor-report";

    @Test
    void theStartPageCarriesTheCampaignTheSevenSignsThe999MessageAndExitThisPage() {
        String page = given().get("/").then().statusCode(200).extract().asString();
        assertThat(page).contains("Their door is shut. Ours is open.", "Very young children left on their own",
                "Children crying for long periods", "If a child is in immediate danger, call 999 and ask for the police.",
                "href=\"/exit\"", "Exit this page", "href=\"/report/postcode\"", "govuk-generic-header",
                "LLR Safeguarding Children Partnership");
        assertThat(page).doesNotContain("govuk-header__logo", "crown");
    }

    @Test
    void everyResponsePagesAndAssetsAlikeCarriesTheSecurityHeaders() {
        for (String path : new String[] {"/", "/assets/opendoor.css", "/brand.css", "/opendoor.mjs"}) {
            given().get(path).then().statusCode(200)
                    .header("Content-Security-Policy", containsString("script-src 'self'"))
                    .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                    .header("Content-Security-Policy", not(containsString("unsafe-inline")))
                    .header("X-Content-Type-Options", "nosniff")
                    .header("X-Frame-Options", "DENY")
                    .header("Referrer-Policy", "no-referrer");
        }
    }

    @Test
    void pagesAreNeverStoredButAssetsMayBe() {
        given().get("/").then().header("Cache-Control", "no-store")
                .header("Content-Type", equalTo("text/html;charset=UTF-8"));
        given().get("/report/postcode").then().header("Cache-Control", "no-store");
        given().get("/brand.css").then().header("Cache-Control", containsString("max-age"));
    }

    @Test
    void theFooterPagesSayWhichCookiesAreUsedAndHowAccessibleTheServiceIs() {
        given().get("/cookies").then().statusCode(200).body(containsString("opendoor-report"))
                .body(containsString("csrf-token"));
        given().get("/accessibility").then().statusCode(200).body(containsString("WCAG"));
    }

    @Test
    void theStylesheetIsGovukFrontendInArialWithTheConfiguredBrandColours() {
        String css = given().get("/assets/opendoor.css").then().statusCode(200).extract().asString();
        assertThat(css).contains("font-family:arial,sans-serif", "--govuk-frontend-version: \"6.6.0\"")
                .doesNotContain("GDS Transport", "/assets/fonts/");
        given().get("/brand.css").then().statusCode(200)
                .body(containsString("--govuk-brand-colour: #0b3c5d;"))
                .body(containsString("--opendoor-header-text-colour: #ffffff;"));
        given().get("/assets/govuk-frontend.min.js").then().statusCode(200);
    }

    @Test
    void aFormPostedWithoutItsCsrfTokenIsRefusedWithAPageThatSaysWhatToDo() {
        given().redirects().follow(false).formParam("postcode", "LE11 3TU").post("/report/postcode").then()
                .statusCode(400).body(containsString("Sorry, we could not save your answer"));
        Form form = Form.open("/report/postcode");
        given().redirects().follow(false).cookie("csrf-token", form.token()).formParam("csrf-token", "forged")
                .formParam("postcode", "LE11 3TU").post("/report/postcode").then().statusCode(400);
    }

    @Test
    void anEmptyPostcodeIsAGovukErrorOnTheSamePage() {
        String page = Form.open("/report/postcode").post("postcode", "").then().statusCode(400).extract().asString();
        assertThat(page).contains("<title>Error: What is the postcode where the child lives?",
                "<a href=\"#postcode\">Enter the postcode where the child lives</a>",
                "<p id=\"postcode-error\" class=\"govuk-error-message\"><span class=\"govuk-visually-hidden\">Error:</span> Enter the postcode where the child lives</p>",
                "aria-describedby=\"postcode-hint postcode-error\"", "novalidate");
    }

    @Test
    void whatAPersonTypesIsShownBackAsTextNeverAsMarkup() {
        String page = Form.open("/report/postcode").post("postcode", "<script>alert(1)</script>").then()
                .statusCode(400).extract().asString();
        assertThat(page).contains("value=\"&lt;script&gt;alert(1)&lt;/script&gt;\"").doesNotContain("<script>alert");
    }

    @Test
    void whenTheCouncilFinderCannotBeReachedThePersonIsToldWhoToCall() {
        Form.open("/report/postcode").post("postcode", "LE11 3TU").then().statusCode(503)
                .body(containsString("Sorry, there is a problem with the service"))
                .body(containsString("0808 800 5000"));
    }

    @Test
    void aQuestionOutOfTurnLeadsToTheFirstOneNotYetAnswered() {
        for (String path : new String[] {"/report/immediate-danger", "/report/children/1", "/report/check-answers",
                "/report/confirmation"}) {
            given().redirects().follow(false).get(path).then().statusCode(303)
                    .header("Location", startsWith("http")).header("Location", containsString("/report/postcode"));
        }
    }

    @Test
    void answersForgottenAfterTheIdleTimeoutSayWhyInsteadOfStartingOverSilently() {
        given().redirects().follow(false).cookie(SESSION, "x".repeat(43)).get("/report/what-happened").then()
                .statusCode(303).header("Location", containsString("/report/session-ended"));
        given().get("/report/session-ended").then().statusCode(200)
                .body(containsString("Your answers have been deleted"))
                .body(containsString("60 minutes"));
    }

    @Test
    void exitThisPageWorksWithoutJavaScriptForgetsTheAnswersAndLeavesForANeutralSite() {
        Response exit = given().redirects().follow(false).cookie(SESSION, "x".repeat(43)).get("/exit");
        assertThat(exit.statusCode()).isEqualTo(303);
        assertThat(exit.header("Location")).isEqualTo("https://www.bbc.co.uk/weather");
        assertThat(exit.headers().getValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith(SESSION + "=;").contains("Max-Age=0", "HttpOnly", "SameSite=Strict", "Secure"));
    }

    @Test
    void oneAddressCanSendOnlySoManyReportsInAWindow() {
        // the test profile allows two per ten minutes
        Form form = Form.open("/report/postcode");
        for (int i = 0; i < 2; i++) {
            form.postTo("/report/check-answers").then().statusCode(303);
        }
        form.postTo("/report/check-answers").then().statusCode(429).header("Retry-After", not(equalTo("0")))
                .body(containsString("You have sent several reports in a short time"))
                .body(containsString("0808 800 5000"));
    }

    /** A page's form: the CSRF cookie and hidden field it was served with, to post back as a browser would. */
    record Form(String path, String token) {
        static Form open(String path) {
            Response page = given().get(path);
            String token = page.cookie("csrf-token");
            assertThat(page.asString()).contains("name=\"csrf-token\" value=\"" + token + "\"");
            return new Form(path, token);
        }

        Response post(String field, String value) {
            return given().redirects().follow(false).cookie("csrf-token", token).formParam("csrf-token", token)
                    .formParam(field, value).post(path);
        }

        Response postTo(String other) {
            return given().redirects().follow(false).cookie("csrf-token", token).formParam("csrf-token", token)
                    .post(other);
        }
    }
}
