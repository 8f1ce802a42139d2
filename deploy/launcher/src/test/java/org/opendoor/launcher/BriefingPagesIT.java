package org.opendoor.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.support.ui.Select;
import org.opendoor.infra.IdentityProvider;
import org.opendoor.launcher.browser.AxeTally;
import org.opendoor.launcher.browser.Browser;
import org.opendoor.launcher.browser.Pointer;
import org.opendoor.launcher.history.DemoHistory;
import org.opendoor.launcher.history.FigureUpload;

/**
 * The monthly performance briefing on the whole running system with Keycloak: the demo history goes in through
 * the real figures API (as {@code ./opendoor demo-history} sends it), and the June 2020 briefing for Derby and
 * Derbyshire then reads like the partnership's own briefing of that month; an analyst reads it in headless
 * Chromium, downloads its CSV and sends partner figures; a duty manager reads its own authority's; a referral sent
 * today is counted in this month's figures. Every page of ours is checked by axe.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BriefingPagesIT {
    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static final AxeTally AXE = new AxeTally();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static Stack stack;
    private static Path home;
    private static String web;
    private static IdentityProvider keycloak;

    @BeforeAll
    static void startTheSystemWithItsHistory() throws Exception {
        Path root = Path.of(System.getProperty("opendoor.root", "../..")).toAbsolutePath().normalize();
        home = Files.createTempDirectory("opendoor-briefing-");
        stack = Stack.startWithKeycloak(root, home, StackPorts.free(), true, System.out::println, Map.of());
        web = "http://localhost:" + stack.web().port();
        keycloak = stack.infra().endpoints().identityProvider().orElseThrow();
        DemoHistory history = DemoHistory.shipped();
        long started = System.nanoTime();
        FigureUpload.Counts imported = new FigureUpload(URI.create(stack.briefing().baseUrl()),
                partnership -> keycloak.tokenForUser("analyst-" + partnership.toLowerCase(Locale.ROOT)),
                System.out::println).send(history.figures(history.model().firstMonth(), YearMonth.of(2020, 12),
                        history.model().seed()), area -> history.model().authority(area).partnership(),
                "OpenDoor demo history");
        System.out.printf("Demo history 2015-2020 imported in %d ms: %s%n", (System.nanoTime() - started) / 1_000_000,
                imported);
    }

    @AfterAll
    static void stopTheSystem() {
        System.out.println(AXE.summary());
        if (stack == null) {
            return;
        }
        List<Long> pids = stack.processes().stream().map(ServiceProcess::pid).toList();
        stack.close();
        org.opendoor.infra.EmbeddedInfrastructure.deleteDirectory(home);
        // closing the stack stops every process it started (the briefing service was once left running)
        assertThat(pids.stream().filter(pid -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)))
                .as("processes still running after the stack closed").isEmpty();
    }

    @Test
    @Order(1)
    void theJuneTwentyTwentyBriefingForDerbyAndDerbyshireReadsLikeTheSeed() throws Exception {
        JsonNode june = briefing(keycloak.tokenForUser("analyst-ddscp"), "2020-06", "DDSCP");
        JsonNode contacts = measure(june, "contacts");
        assertThat(contacts.path("level").asText()).as(contacts.toString()).isEqualTo("LOWER");
        assertThat(contacts.path("trend").asText()).as(contacts.toString()).isEqualTo("RISING");
        for (String domesticAbuse : List.of("contacts-category-domestic-abuse", "police-domestic-abuse-incidents")) {
            assertThat(measure(june, domesticAbuse).path("direction").asText()).as(domesticAbuse).isEqualTo("HIGHER");
        }
        JsonNode exploitation = measure(june, "contacts-category-exploitation");
        assertThat(exploitation.path("level").asText()).as(exploitation.toString()).isEqualTo("LOWER");
        assertThat(exploitation.path("changeFromLastMonth").path("direction").asText()).isEqualTo("UP");
        System.out.println("June 2020, DDSCP:");
        june.path("headlines").forEach(h -> System.out.println("  " + h.path("statement").asText()));
    }

    @Test
    @Order(2)
    void anAnalystReadsTheBriefingInTheBrowserAndPrintsIt(TestInfo test) throws Exception {
        try (Browser browser = Browser.withoutJavaScript(screenshots(test), AXE)) {
            StaffWalk analyst = new StaffWalk(browser, new Pointer(browser), web, "analyst").signIn("analyst-ddscp");
            analyst.on("choose", "Performance briefing");
            assertThat(new Select(browser.find("#area")).getOptions().stream().map(o -> o.getText()).toList())
                    .containsExactly("Derby and Derbyshire Safeguarding Children Partnership", "Derby", "Derbyshire");
            analyst.type("briefing-month", "13");
            analyst.type("briefing-year", "2020");
            analyst.press("form button");
            analyst.errors("choose-bad-month", "Month must be a number from 1 to 12");

            analyst.type("briefing-month", "6");
            analyst.press("form button");
            analyst.on("june-2020", "Performance briefing: Derby and Derbyshire Safeguarding Children Partnership, "
                    + "June 2020");
            String headlines = browser.find(".opendoor-briefing__headlines").getText();
            assertThat(headlines).contains("Contacts were lower than we would usually see in June")
                    .contains("Contacts about domestic abuse were higher than we would usually see in June")
                    .contains("New concerns about children at risk of exploitation were lower than we would usually "
                            + "see in June");
            assertThat(browser.find("#measure-contacts svg[role=img] title").getDomProperty("textContent"))
                    .contains("Contacts");
            assertThat(browser.find("#measure-contacts svg[role=img] desc").getDomProperty("textContent"))
                    .contains("June 2020");
            assertThat(browser.all("svg[role=img]")).hasSizeGreaterThan(10);
            browser.screenshot("briefing");
            toDocs(browser, "briefing-june-2020.png");
            browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
            assertThat(browser.all("#navigation a").stream().filter(a -> a.isDisplayed())).as("no navigation in print")
                    .isEmpty();
            browser.screenshot("briefing-print");
            toDocs(browser, "briefing-june-2020-print.png");
            browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));

            // the CSV links work with the person's session, and give the service's figures as a download
            String cookies = browser.driver().manage().getCookies().stream()
                    .map(c -> c.getName() + "=" + c.getValue()).collect(Collectors.joining("; "));
            String all = browser.find("a[href*='2020-06.csv']").getDomAttribute("href");
            HttpResponse<String> csv = HTTP.send(HttpRequest.newBuilder(URI.create(web + all)).header("Cookie", cookies)
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(csv.statusCode()).isEqualTo(200);
            assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment");
            assertThat(csv.body().lines().findFirst().orElse("")).startsWith("area,month,section,measure,title,unit");
            assertThat(csv.body()).contains("DDSCP,2020-06,contacts,contacts,Contacts,COUNT,");
            analyst.signOut();
        }
    }

    @Test
    @Order(3)
    void anAnalystSendsPartnerFiguresAndIsToldExactlyWhatIsWrongWithABadFile(TestInfo test) throws Exception {
        Path good = Files.writeString(Files.createTempFile("partner-figures-", ".csv"), """
                month,area,measure,value,source
                2020-11,E10000007,camhs-referrals,212,Derbyshire CAMHS
                2020-11,E06000015,camhs-referrals,131,Derby CAMHS
                """);
        Path bad = Files.writeString(Files.createTempFile("partner-figures-", ".csv"), """
                month,area,measure,value
                2020-11,E10000018,camhs-referrals,212
                2020-11,E06000015,camhs-referrals,many
                """);
        try (Browser browser = Browser.withoutJavaScript(screenshots(test), AXE)) {
            StaffWalk analyst = new StaffWalk(browser, new Pointer(browser), web, "figures").signIn("analyst-ddscp");
            analyst.open("/staff/figures");
            analyst.on("send", "Send partner figures");
            browser.find("#file").sendKeys(bad.toString());
            analyst.press("form[action='/staff/figures'] button");
            assertThat(browser.find(".govuk-error-summary").getText()).contains("Row 2, area").contains("Row 3, value");
            browser.check("figures-refused");

            browser.find("#file").sendKeys(good.toString());
            analyst.press("form[action='/staff/figures'] button");
            analyst.on("received", "Figures received");
            assertThat(browser.find("#counts").getText()).contains("2");
            analyst.signOut();
        }
        JsonNode sent = get(keycloak.tokenForUser("analyst-ddscp"),
                "/api/v1/figures?area=E10000007&measure=camhs-referrals");
        assertThat(StreamSupport.stream(sent.spliterator(), false).filter(f -> f.path("month").asText()
                .equals("2020-11")).map(f -> f.path("value").asLong()).toList()).containsExactly(212L);
    }

    @Test
    @Order(4)
    void aDutyManagerReadsItsOwnAuthoritysBriefingAndADutyWorkerNone(TestInfo test) {
        try (Browser browser = Browser.withJavaScript(screenshots(test), AXE)) {
            StaffWalk manager = new StaffWalk(browser, new Pointer(browser), web, "manager").signIn("duty-manager");
            manager.open("/staff/briefing/2020-06?area=E10000018");
            manager.on("leicestershire", "Performance briefing: Leicestershire, June 2020");
            manager.open("/staff/briefing/2020-06?area=DDSCP");
            manager.on("other-partnership", "You cannot use this page");
            manager.open("/staff/figures");
            manager.on("no-figures", "You cannot use this page");
            manager.signOut();

            StaffWalk worker = new StaffWalk(browser, new Pointer(browser), web, "worker").signIn("duty-worker");
            worker.open("/staff/briefing");
            worker.on("no-briefing", "You cannot use this page");
            worker.signOut();
        }
    }

    @Test
    @Order(5)
    void aReferralSentTodayIsCountedInThisMonthsFigures() throws Exception {
        String police = keycloak.tokenForClient("police-leics");
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(stack.intake().baseUrl()
                        + "/api/v1/referrals")).header("Authorization", "Bearer " + police)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("""
                        {"source": "POLICE",
                         "children": [{"firstName": "Mia", "lastName": "Wren", "dateOfBirth": "2016-03-02",
                                       "address": {"postcode": "LE11 3TU"}, "schoolUrn": "100001"}],
                         "concern": {"summary": "Domestic incident at home last night, children present.",
                                     "categories": ["DOMESTIC_ABUSE"], "immediateDanger": false},
                         "police": {"incidentReference": "LP-2026-1", "incidentAt": "2026-11-30T22:10:00Z",
                                    "dashRiskLevel": "MEDIUM", "dashScore": 11, "childrenPresent": true,
                                    "voiceOfChild": "Said she hid upstairs.", "forceCode": "LEICS"}}"""))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(202);

        String month = YearMonth.now(ZoneId.of("Europe/London")).toString();
        String analyst = keycloak.tokenForUser("analyst-llr");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            JsonNode now = briefing(analyst, month, "E10000018");
            assertThat(now.path("complete").asBoolean()).isFalse();
            assertThat(measure(now, "contacts-source-police").path("value").asLong()).isEqualTo(1);
            assertThat(measure(now, "contacts-category-domestic-abuse").path("value").asLong()).isEqualTo(1);
            // the school is told before the next school day: agency-notify's settled notice reaches the briefing
            assertThat(measure(now, "encompass-notices").path("value").asLong()).isEqualTo(1);
        });
    }

    private static JsonNode briefing(String token, String month, String area) throws Exception {
        return get(token, "/api/v1/briefings/" + month + "?area=" + area);
    }

    private static JsonNode get(String token, String path) throws Exception {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(stack.briefing().baseUrl() + path))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    private static JsonNode measure(JsonNode briefing, String id) {
        for (JsonNode section : briefing.path("sections")) {
            for (JsonNode m : section.path("measures")) {
                if (m.path("measure").asText().equals(id)) {
                    return m;
                }
            }
        }
        throw new AssertionError("no measure " + id);
    }

    /**
     * The web module's README shows the top of the page (headlines and the first charts) as this test saw it;
     * {@code -Dopendoor.update-docs=true} writes this run's there. Otherwise a test run leaves the working tree as it
     * was (the whole pages are in target/screenshots either way).
     */
    private static void toDocs(Browser browser, String name) throws Exception {
        if (!Boolean.getBoolean("opendoor.update-docs")) {
            return;
        }
        String png = (String) browser.driver().executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", 1280, "height", 2200,
                        "scale", 0.75))).get("data");
        Path docs = Path.of(System.getProperty("opendoor.root", "../..")).resolve("web/docs");
        Files.write(docs.resolve(name), Base64.getDecoder().decode(png));
    }

    private static Path screenshots(TestInfo test) {
        return SCREENSHOTS.resolve(test.getTestMethod().orElseThrow().getName());
    }
}
