package org.opendoor.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestMethodOrder;
import org.opendoor.launcher.browser.AxeTally;
import org.opendoor.launcher.browser.Browser;
import org.opendoor.launcher.browser.Keyboard;
import org.opendoor.launcher.browser.Pointer;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The public "report a concern about a child" journey in real headless Chromium against the whole running system
 * (web, intake, triage and notify as processes on embedded PostgreSQL, Kafka and SMTP), then the duty worker's view
 * of the result through triage's API. Every page is screenshotted under target/screenshots/ and checked by axe.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PublicJourneyIT {
    static final String LEICESTERSHIRE = "E10000018";
    static final String LEICESTER = "E06000016";
    static final String RUTLAND = "E06000017";
    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static final AxeTally AXE = new AxeTally();
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static Stack stack;
    private static Path home;
    private static String web;

    @BeforeAll
    static void startTheSystem() throws Exception {
        Path root = Path.of(System.getProperty("opendoor.root", "../..")).toAbsolutePath().normalize();
        home = Files.createTempDirectory("opendoor-journey-");
        stack = Stack.start(root, home, StackPorts.free(), true, System.out::println);
        // localhost, not 127.0.0.1: the browser treats it as a secure context, so it keeps the Secure cookies
        web = "http://localhost:" + stack.web().port();
    }

    @AfterAll
    static void stopTheSystem() {
        System.out.println(AXE.summary());
        if (stack != null) {
            stack.close();
        }
        org.opendoor.infra.EmbeddedInfrastructure.deleteDirectory(home);
    }

    @Test
    void aPersonWithJavaScriptReportsTwoChildrenAndLeicestershiresDutyWorkerSeesTheCase(TestInfo test) throws Exception {
        try (Browser browser = Browser.withJavaScript(screenshots(test), AXE)) {
            ReportWalk walk = new ReportWalk(browser, new Pointer(browser), "js");
            walk.start(web);
            assertThat(browser.find("body").getDomAttribute("class")).as("GOV.UK Frontend's JavaScript ran")
                    .contains("govuk-frontend-supported");
            walk.postcode("le11 3tu")
                    .council("Leicestershire", "0116 305 0005")
                    .immediateDanger(false)
                    .child(1, new ReportWalk.Child("Amy", null, "6", null, "12 Example Street", "Loughborough"), true)
                    .child(2, new ReportWalk.Child(null, "A baby, about one, in the same house", null,
                            new String[] {"1", "2", Integer.toString(LocalDate.now(LONDON).getYear() - 1)}, null, null),
                            false)
                    .whatHappened(List.of("signs", "signs-6"), "I hear a toddler crying for hours most evenings and no "
                            + "adult answers the door.", day(LocalDate.now(LONDON).minusDays(1)), "18:30")
                    .named("Sam Neighbour", "07700 900982", null, "relationship-4");
            assertThat(walk.checkAnswers()).contains("LE11 3TU", "Leicestershire", "Amy", "About 6 years old",
                    "A baby, about one, in the same house", "Children crying for long periods",
                    "Very young children left on their own", "Sam Neighbour", "I am a neighbour");

            // a Change link goes back to the answer, and then straight back to the check
            Pointer hands = new Pointer(browser);
            hands.press("a[href='/report/children/1']");
            hands.type("name", "Amy Example");
            hands.press("button[value=continue]");
            assertThat(walk.checkAnswers()).contains("Amy Example");

            String reference = walk.send();
            assertThat(browser.find("main").getText()).contains("Leicestershire", "0116 305 0005",
                    "within one working day");

            JsonNode found = new DutyQueue(stack, LEICESTERSHIRE, "leicestershire-first-response").caseOf(reference);
            assertThat(found.path("localAuthority").asText()).isEqualTo(LEICESTERSHIRE);
            System.out.printf("JavaScript on: %s is in Leicestershire's queue (%s, %s)%n", reference,
                    found.path("team").asText(), found.path("priority").asText());
        }
    }

    @Test
    void aPersonWithoutJavaScriptUsingOnlyTheKeyboardReportsAChildInLe113tuAndGetsAReference(TestInfo test)
            throws Exception {
        try (Browser browser = Browser.withoutJavaScript(screenshots(test), AXE)) {
            ReportWalk walk = new ReportWalk(browser, new Keyboard(browser), "no-js");
            walk.start(web);
            assertThat(browser.find("body").getDomAttribute("class")).as("no script ran")
                    .doesNotContain("js-enabled");
            walk.postcode("LE11 3TU")
                    .council("Leicestershire", "0116 305 0005")
                    .immediateDanger(false)
                    .child(1, new ReportWalk.Child(null, "Boy of about 8 at number 14", null, null, null, null), false)
                    .whatHappened(List.of("signs-4"), "Shouting and banging from the flat most nights.",
                            day(LocalDate.now(LONDON)), null)
                    .anonymous();
            assertThat(walk.checkAnswers()).contains("Boy of about 8 at number 14", "No, I want to stay anonymous",
                    "Aggressive or repeated shouting");
            String reference = walk.send();

            JsonNode found = new DutyQueue(stack, LEICESTERSHIRE, "leicestershire-first-response").caseOf(reference);
            System.out.printf("JavaScript off, keyboard only: %s is in Leicestershire's queue (%s)%n", reference,
                    found.path("team").asText());
        }
    }

    @Test
    void aChildInImmediateDangerInASharedDistrictIsToldToCall999AndTheReportReachesTheChosenCouncil(TestInfo test)
            throws Exception {
        try (Browser browser = Browser.withJavaScript(screenshots(test), AXE)) {
            ReportWalk walk = new ReportWalk(browser, new Pointer(browser), "danger");
            walk.start(web).postcode("LE4 1AB")
                    .whichCouncil(optionFor(browser, LEICESTER))
                    .council("Leicester", "0116 454 1004")
                    .immediateDanger(true)
                    .call999()
                    .child(1, ReportWalk.Child.named("Jo", "4"), false)
                    .whatHappened(List.of("signs-5"), "Screaming and things being thrown next door right now.",
                            day(LocalDate.now(LONDON)), null)
                    .anonymous();
            assertThat(walk.checkAnswers()).contains("Leicester");
            assertThat(browser.driver().findElement(By.xpath(
                    "//dt[normalize-space()='Child in immediate danger right now']/following-sibling::dd[1]")).getText())
                    .isEqualTo("Yes");
            String reference = walk.send();
            assertThat(browser.find("main .govuk-warning-text").getText()).contains("call 999");

            JsonNode found = new DutyQueue(stack, LEICESTER, "leicester-duty-and-advice").caseOf(reference);
            System.out.printf("Immediate danger, shared district: %s is in Leicester's queue, priority %s%n",
                    reference, found.path("priority").asText());
        }
    }

    @Test
    void aPostcodeOutsideTheCouncilsPointsToGovUksCouncilFinderAndTheNspcc(TestInfo test) {
        try (Browser browser = Browser.withJavaScript(screenshots(test), AXE)) {
            ReportWalk walk = new ReportWalk(browser, new Pointer(browser), "outside");
            walk.start(web).postcode("SW1A 1AA");
            walk.on("outside-area", "We cannot take reports for children in SW1A 1AA");
            assertThat(browser.all("a").stream().map(a -> a.getDomAttribute("href")))
                    .contains("https://www.gov.uk/find-local-council");
            assertThat(browser.find("main").getText()).contains("0808 800 5000");
            assertThat(browser.all("main a.govuk-button")).as("no way on into a report").isEmpty();
        }
    }

    @Test
    void everyQuestionSaysWhatIsWrongAndKeepsWhatWasTyped(TestInfo test) {
        try (Browser browser = Browser.withJavaScript(screenshots(test), AXE)) {
            Pointer hands = new Pointer(browser);
            ReportWalk walk = new ReportWalk(browser, hands, "errors");
            walk.start(web);
            Errors errors = new Errors(browser);

            hands.press("form button[type=submit]");
            errors.expect("postcode-empty", "postcode", "Enter the postcode where the child lives");
            hands.type("postcode", "NOT A POSTCODE");
            hands.press("form button[type=submit]");
            errors.expect("postcode-invalid", "postcode", "Enter a real postcode, like LE11 3TU");
            assertThat(browser.find("#postcode").getDomProperty("value")).isEqualTo("NOT A POSTCODE");

            hands.type("postcode", "LE2 1AB");
            hands.press("form button[type=submit]");
            hands.press("form button[type=submit]");
            errors.expect("which-council", "council", "Select the council the child lives in");
            walk.whichCouncil(optionFor(browser, LEICESTERSHIRE)).council("Leicestershire", "0116 305 0005");

            hands.press("form button[type=submit]");
            errors.expect("immediate-danger", "danger", "Select yes if a child is in immediate danger right now");
            walk.immediateDanger(false);

            hands.press("button[value=continue]");
            errors.expect("child-empty", "name", "Enter the child’s name, or describe them if you do not know their name");
            hands.type("name", "Kim");
            hands.type("date-of-birth-day", "31");
            hands.type("date-of-birth-month", "2");
            hands.type("date-of-birth-year", "2020");
            hands.type("postcode", "nowhere");
            hands.press("button[value=continue]");
            errors.expect("child-invalid", "date-of-birth", "Date of birth must be a real date");
            errors.expect("child-invalid", "postcode", "Enter a real postcode, like LE11 3TU, or leave it empty");
            assertThat(browser.find("#name").getDomProperty("value")).isEqualTo("Kim");
            assertThat(browser.find("#date-of-birth-day").getDomProperty("value")).isEqualTo("31");
            hands.type("date-of-birth-day", "28");
            hands.type("postcode", "LE2 1AB");
            hands.press("button[value=continue]");

            hands.press("form button[type=submit]");
            errors.expect("what-happened-empty", "account", "Tell us what you saw or heard");
            errors.expect("what-happened-empty", "when", "Enter the date you saw or heard it");
            hands.type("account", "Left alone all weekend.");
            String[] tomorrow = day(LocalDate.now(LONDON).plusDays(1));
            hands.type("when-day", tomorrow[0]);
            hands.type("when-month", tomorrow[1]);
            hands.type("when-year", tomorrow[2]);
            hands.press("form button[type=submit]");
            errors.expect("what-happened-future", "when", "The date you saw or heard it must be today or in the past");
            assertThat(browser.find("#account").getDomProperty("value")).isEqualTo("Left alone all weekend.");
            String[] today = day(LocalDate.now(LONDON));
            hands.type("when-day", today[0]);
            hands.type("when-month", today[1]);
            hands.type("when-year", today[2]);
            hands.press("form button[type=submit]");

            hands.press("form button[type=submit]");
            errors.expect("about-you", "identity", "Select whether you want to tell us who you are");
            hands.choose("identity");
            hands.press("form button[type=submit]");

            hands.type("email", "not-an-email");
            hands.press("form button[type=submit]");
            errors.expect("your-details", "name", "Enter your name");
            errors.expect("your-details", "email", "Enter an email address in the correct format, like name@example.com");
            errors.expect("your-details", "relationship", "Select how you know the child");
            assertThat(browser.find("#email").getDomProperty("value")).isEqualTo("not-an-email");
            hands.type("name", "Pat");
            hands.type("email", "pat@example.org");
            hands.choose("relationship-2");
            hands.press("form button[type=submit]");
            assertThat(walk.checkAnswers()).contains("Kim", "Born 28 February 2020", "pat@example.org");
        }
    }

    @Test
    void theSameReportSentTwiceAtOnceMakesOneReferral(TestInfo test) throws Exception {
        DutyQueue rutland = new DutyQueue(stack, RUTLAND, "rutland-childrens-duty");
        int before = rutland.cases().size();
        try (Browser browser = Browser.withoutJavaScript(screenshots(test), AXE)) {
            ReportWalk walk = new ReportWalk(browser, new Pointer(browser), "twice");
            walk.start(web).postcode("LE15 6HP")
                    .council("Rutland", "01572 758 407")
                    .immediateDanger(false)
                    .child(1, ReportWalk.Child.named("Lee", "10"), false)
                    .whatHappened(List.of("signs-2"), "Same clothes every day for weeks.", day(LocalDate.now(LONDON)),
                            null)
                    .anonymous()
                    .checkAnswers();

            // a double click without JavaScript: the same form posted twice at the same moment
            String token = browser.find("form input[name=csrf-token]").getDomProperty("value");
            String cookies = browser.driver().manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                    .collect(Collectors.joining("; "));
            HttpClient http = HttpClient.newHttpClient();
            HttpRequest send = HttpRequest.newBuilder(URI.create(web + "/report/check-answers"))
                    .header("Cookie", cookies).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("csrf-token=" + URLEncoder.encode(token,
                            StandardCharsets.UTF_8))).build();
            List<HttpResponse<String>> answers = List.of(
                    http.sendAsync(send, HttpResponse.BodyHandlers.ofString()),
                    http.sendAsync(send, HttpResponse.BodyHandlers.ofString())).stream()
                    .map(CompletableFuture::join).toList();
            for (HttpResponse<String> answer : answers) {
                assertThat(answer.statusCode()).as(answer.body()).isEqualTo(303);
                assertThat(answer.headers().firstValue("Location").orElse("")).endsWith("/report/confirmation");
            }
            browser.open(web + "/report/confirmation");
            String reference = walk.confirmation();

            rutland.caseOf(reference);
            Awaitility.await("Rutland's queue: one new case for two sendings").pollDelay(Duration.ofSeconds(3))
                    .atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(rutland.cases()).hasSize(before + 1));
        }
    }

    @Test
    void theFooterPagesTheSessionEndedPageAndTheRefusedFormPageAreAccessibleToo(TestInfo test) {
        try (Browser browser = Browser.withJavaScript(screenshots(test), AXE)) {
            ReportWalk walk = new ReportWalk(browser, new Pointer(browser), "small-print");
            browser.open(web + "/cookies");
            walk.on("cookies", "Cookies");
            browser.open(web + "/accessibility");
            walk.on("accessibility", "Accessibility statement for Report a concern about a child");
            browser.open(web + "/report/session-ended");
            walk.on("session-ended", "Your answers have been deleted");

            // a form whose CSRF cookie has gone (expired, or another site's form) is refused with a way forward
            browser.open(web + "/report/postcode");
            browser.driver().manage().deleteCookieNamed("csrf-token");
            new Pointer(browser).type("postcode", "LE11 3TU");
            new Pointer(browser).press("form button[type=submit]");
            walk.on("form-refused", "Sorry, we could not save your answer");
        }
    }

    /** Runs after the journeys: what people typed about children must not be in any process's log. */
    @Test
    @Order(Integer.MAX_VALUE)
    void noLogHoldsWhatPeopleTypedAboutAChildOrThemselves() throws Exception {
        List<String> typed = List.of("Amy Example", "toddler crying", "A baby, about one", "Sam Neighbour",
                "07700 900982", "Boy of about 8", "Shouting and banging", "Screaming and things being thrown",
                "Same clothes every day", "Left alone all weekend", "pat@example.org");
        try (var logs = Files.list(home.resolve("logs"))) {
            for (Path log : logs.toList()) {
                String text = Files.readString(log);
                assertThat(typed).as("typed answers found in " + log.getFileName())
                        .noneMatch(text::contains);
            }
        }
    }

    /** Error summary, field message, "Error:" in the title, and axe on the page as it shows them. */
    private record Errors(Browser browser) {
        void expect(String page, String field, String message) {
            assertThat(browser.title()).startsWith("Error: ");
            List<WebElement> links = browser.all(".govuk-error-summary__list a");
            assertThat(links.stream().map(WebElement::getText)).contains(message);
            for (WebElement link : links) {
                String target = link.getDomAttribute("href").substring(1);
                assertThat(browser.driver().findElements(By.id(target))).as("summary link target #" + target)
                        .hasSize(1);
            }
            assertThat(browser.find("#" + field + "-error").getText().replaceAll("\\s+", " "))
                    .isEqualTo("Error: " + message);
            browser.check("errors-" + page + "-" + field);
        }
    }

    private static String optionFor(Browser browser, String localAuthority) {
        return browser.find("input[name=council][value='" + localAuthority + "']").getDomAttribute("id");
    }

    private static String[] day(LocalDate date) {
        return new String[] {Integer.toString(date.getDayOfMonth()), Integer.toString(date.getMonthValue()),
                Integer.toString(date.getYear())};
    }

    private static Path screenshots(TestInfo test) {
        return SCREENSHOTS.resolve(test.getTestMethod().orElseThrow().getName());
    }
}
