package org.opendoor.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.opendoor.launcher.browser.AxeTally;
import org.opendoor.launcher.browser.Browser;
import org.opendoor.launcher.browser.Pointer;

/**
 * The CIN census in the staff pages, in real headless Chromium against the whole running system with Keycloak: a
 * duty worker, JavaScript off, decides a school's referral with a primary need (a blank need is refused in the
 * error summary) and records the child's sex, ethnicity and disabilities ("None" with a disability is refused);
 * the duty manager opens the return from the navigation, sees its counts and findings, follows a finding to its
 * case, and downloads the DfE XML, which holds that child with what was recorded; a duty worker may open neither
 * the page nor the download. Every page of ours is checked by axe.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CinCensusPagesIT {
    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static final AxeTally AXE = new AxeTally();
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static Stack stack;
    private static Path home;
    private static String web;
    private static String reference;
    private static String laChildId;
    private static String sourceCode;

    @BeforeAll
    static void startTheSystem() throws Exception {
        Path root = Path.of(System.getProperty("opendoor.root", "../..")).toAbsolutePath().normalize();
        home = Files.createTempDirectory("opendoor-cin-");
        stack = Stack.startWithKeycloak(root, home, StackPorts.free(), true, System.out::println, Map.of());
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
    @Order(1)
    void aDutyWorkerDecidesWithAPrimaryNeedAndRecordsTheChildsCharacteristics(TestInfo test) throws Exception {
        reference = submitSchoolReferral();
        try (Browser browser = Browser.withoutJavaScript(screenshots(test), AXE)) {
            Pointer hands = new Pointer(browser);
            StaffWalk duty = new StaffWalk(browser, hands, web, "duty").signIn("duty-worker");
            await(reference + " in the queue").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> {
                        duty.open("/staff/queue");
                        return browser.all("tr[data-reference='" + reference + "']").size();
                    }, n -> n == 1);
            duty.press("tr[data-reference='" + reference + "'] a");
            duty.on("case", "Case " + reference);
            laChildId = browser.find(".opendoor-la-child-id").getText().strip();
            assertThat(laChildId).as("the child index's stable LA child id").isNotBlank().hasSizeLessThanOrEqualTo(10);
            assertThat(browser.find(".opendoor-sex").getText()).isEqualTo("Not recorded");
            sourceCode = browser.driver().findElement(By.xpath(
                    "//dt[normalize-space()='Source of referral']/following-sibling::dd")).getText().strip().split(" ")[0];
            Select need = new Select(browser.find("#primaryNeedCode"));
            assertThat(need.getFirstSelectedOption().getDomAttribute("value")).as("preselected: the rules' suggestion")
                    .isNotEmpty();
            assertThat(browser.find("#primaryNeedCode-hint").getText()).startsWith("The rules suggest N");

            // a blank need with a decision other than NFA: the error summary and the field say so
            duty.choose("outcome-4");
            duty.type("rationale", "Hungry and tired at school; assess under section 17.");
            need.selectByValue("");
            duty.press("#decision-form button");
            duty.errors("decision-without-need", "Select the primary need (CIN census)");
            assertThat(browser.find("#primaryNeedCode-error").getText()).contains("Select the primary need (CIN census)");
            assertThat(browser.driver().findElement(By.id("outcome-4")).isSelected()).as("the answer is kept").isTrue();

            new Select(browser.find("#primaryNeedCode")).selectByValue("N4");
            duty.press("#decision-form button");
            duty.on("decided", "Case " + reference);
            assertThat(browser.find("#confirmation").getText()).startsWith("Decision recorded");
            assertThat(browser.find("#decided-primary-need").getText()).isEqualTo("N4 – Family in acute stress");

            // the child's characteristics: "None" with a disability is refused, then a clean answer is saved
            WebElement details = browser.find("details[id^='characteristics-']");
            String child = details.getDomAttribute("id").substring("characteristics-".length());
            details.findElement(By.cssSelector("summary")).click();
            duty.choose("sex-" + child + "-2");
            new Select(browser.find("#ethnicity-" + child)).selectByValue("WBRI");
            duty.choose("disabilities-" + child + "-none");
            duty.choose("disabilities-" + child + "-8");
            duty.press("#characteristics-" + child + " button");
            duty.errors("characteristics-none-and-one", "Select \u201cNone\u201d, or the child's disabilities, not both");
            assertThat(browser.find("#characteristics-" + child).getDomAttribute("open")).as("the form is open")
                    .isNotNull();
            assertThat(browser.find("#disabilities-" + child + "-error").isDisplayed()).isTrue();
            // untick the disability (a person clicks its label again)
            browser.find("label[for='disabilities-" + child + "-8']").click();
            duty.press("#characteristics-" + child + " button");
            duty.on("characteristics-saved", "Case " + reference);
            assertThat(browser.find("#confirmation").getText()).isEqualTo("Child's census characteristics saved.");
            assertThat(browser.find(".opendoor-sex").getText()).isEqualTo("F – Female");
            assertThat(browser.find(".opendoor-ethnicity").getText()).isEqualTo("WBRI – White - White British");
            assertThat(browser.find(".opendoor-disabilities").getText()).isEqualTo("NONE – No disability");
            duty.signOut();
        }
    }

    @Test
    @Order(2)
    void theDutyManagerChecksTheReturnAndDownloadsTheXml(TestInfo test) throws Exception {
        assertThat(laChildId).as("the child of the first test").isNotNull();
        int year = LocalDate.now(LONDON).getMonthValue() >= 4 ? LocalDate.now(LONDON).getYear() + 1
                : LocalDate.now(LONDON).getYear();
        try (Browser browser = Browser.withJavaScript(screenshots(test), AXE)) {
            StaffWalk manager = new StaffWalk(browser, new Pointer(browser), web, "manager").signIn("duty-manager");
            assertThat(manager.navigation()).contains("CIN census return");
            manager.press("#navigation a[href='/staff/returns/cin-census']");
            manager.on("return", "CIN census return");
            assertThat(new Select(browser.find("#year")).getFirstSelectedOption().getDomAttribute("value"))
                    .as("the current collection year, 1 April to 31 March in London").isEqualTo(String.valueOf(year));
            assertThat(browser.find(".govuk-caption-l").getText()).isEqualTo("LA number 855 (E10000018)");
            int children = Integer.parseInt(browser.find("#census-children").getText());
            int referrals = Integer.parseInt(browser.find("#census-referrals").getText());
            int errors = Integer.parseInt(browser.find("#census-errors").getText());
            int queries = Integer.parseInt(browser.find("#census-queries").getText());
            assertThat(children).isGreaterThanOrEqualTo(1);
            assertThat(referrals).isGreaterThanOrEqualTo(children);
            assertThat(browser.all("table[id^='findings-'] tbody tr")).as("one row per finding")
                    .hasSize(errors + queries);
            assertThat(browser.all("#no-errors")).as("the no-errors panel exactly when there are none")
                    .hasSize(errors == 0 ? 1 : 0);
            if (errors > 0) {
                assertThat(browser.find("#has-errors").getText()).contains(errors + " error");
            }
            System.out.printf("CIN census %d for 855: %d children, %d referrals, %d errors, %d queries: %s%n", year,
                    children, referrals, errors, queries, browser.all("table[id^='findings-'] tbody tr").stream()
                            .map(r -> r.getDomAttribute("data-rule")).collect(Collectors.joining(",")));

            String download = browser.find("#download").getDomAttribute("href");
            assertThat(download).isEqualTo("/staff/returns/cin-census/" + year + ".xml");
            String cookies = cookies(browser);
            HttpResponse<String> xml = HTTP.send(HttpRequest.newBuilder(URI.create(web + download))
                    .header("Cookie", cookies).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(xml.statusCode()).isEqualTo(200);
            assertThat(xml.headers().firstValue("Content-Type").orElse("")).startsWith("application/xml");
            assertThat(xml.headers().firstValue("Content-Disposition").orElse(""))
                    .isEqualTo("attachment; filename=\"cin-census-855-" + year + ".xml\"");
            String body = xml.body();
            assertThat(body).startsWith("<?xml").contains("<Collection>CIN</Collection>", "<Year>" + year + "</Year>",
                    "<ReferenceDate>" + year + "-03-31</ReferenceDate>", "<LEA>855</LEA>");
            int at = body.indexOf("<LAchildID>" + laChildId + "</LAchildID>");
            assertThat(at).as("the case's child is in the return").isPositive();
            String child = body.substring(at, body.indexOf("</Child>", at));
            assertThat(child).contains("<Sex>F</Sex>", "<Ethnicity>WBRI</Ethnicity>", "<Disability>NONE</Disability>",
                    "<ReferralSource>" + sourceCode + "</ReferralSource>", "<PrimaryNeedCode>N4</PrimaryNeedCode>",
                    "<PersonBirthDate>2017-05-06</PersonBirthDate>");

            // a finding that names a referral links to its case
            if (!browser.all("table[id^='findings-'] a[href^='/staff/cases/by-reference/']").isEmpty()) {
                String finding = browser.find("table[id^='findings-'] a[href^='/staff/cases/by-reference/']").getText();
                manager.press("table[id^='findings-'] a[href^='/staff/cases/by-reference/']");
                manager.on("finding-case", "Case " + finding);
            }
            // the address a finding's reference links to opens that referral's case
            manager.open("/staff/cases/by-reference/" + reference);
            manager.on("case-by-reference", "Case " + reference);
            // the year is chosen from a list: a hand-made one is the form again with the error summary
            manager.open("/staff/returns/cin-census?year=1999");
            manager.errors("return-bad-year", "Select a collection year from the list");
            manager.signOut();
        }
    }

    @Test
    @Order(3)
    void aDutyWorkerCannotOpenTheReturnOrItsXml(TestInfo test) throws Exception {
        try (Browser browser = Browser.withJavaScript(screenshots(test), AXE)) {
            StaffWalk duty = new StaffWalk(browser, new Pointer(browser), web, "worker").signIn("duty-worker");
            assertThat(duty.navigation()).doesNotContain("CIN census return");
            duty.open("/staff/returns/cin-census");
            duty.on("return-refused", "You cannot use this page");
            assertThat(browser.find("main").getText()).doesNotContain("Download the return");
            HttpResponse<String> xml = HTTP.send(HttpRequest.newBuilder(URI.create(web
                    + "/staff/returns/cin-census/2027.xml")).header("Cookie", cookies(browser)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(xml.statusCode()).isEqualTo(403);
            assertThat(xml.body()).doesNotContain("<LAchildID>");
            duty.signOut();
        }
    }

    /** A school's management system submits a referral for a child with a date of birth, with its own token. */
    private static String submitSchoolReferral() throws Exception {
        String token = stack.infra().endpoints().identityProvider().orElseThrow().tokenForClient("school-100001");
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(stack.intake().baseUrl()
                + "/api/v1/referrals")).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("""
                        {"source": "SCHOOL",
                         "children": [{"firstName": "Sam", "lastName": "Census", "dateOfBirth": "2017-05-06",
                                       "address": {"postcode": "LE11 3TU"}, "schoolUrn": "100001"}],
                         "concern": {"summary": "Often hungry and tired; says there is no food at home.",
                                     "categories": ["NEGLECT"], "indicators": ["CHILD_UNKEMPT"]},
                         "referrer": {"name": "Priya Shah", "role": "DSL", "email": "dsl@100001.schools.opendoor.local"}}"""))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(202);
        return com.fasterxml.jackson.databind.json.JsonMapper.builder().build().readTree(answer.body())
                .path("reference").asText();
    }

    private static String cookies(Browser browser) {
        return browser.driver().manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
    }

    private static Path screenshots(TestInfo test) {
        return SCREENSHOTS.resolve(test.getTestMethod().orElseThrow().getName());
    }
}
