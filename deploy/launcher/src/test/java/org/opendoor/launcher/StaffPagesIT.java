package org.opendoor.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.opendoor.launcher.browser.AxeTally;
import org.opendoor.launcher.browser.Browser;
import org.opendoor.launcher.browser.Pointer;

/**
 * The staff pages in real headless Chromium against the whole running system with Keycloak: each demo role signs in
 * through Keycloak and sees its own pages only; a duty worker takes a report from the public journey to a recorded
 * decision with JavaScript off, and a call handler's phone call to a decision with it on; the referrer sees the
 * duty team's feedback; another authority's case is a 404 page. Every page of ours is checked by axe.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StaffPagesIT {
    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static final AxeTally AXE = new AxeTally();
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final String LEICESTERSHIRE_DUTY = "first-response@leicestershire.duty.opendoor.local";
    private static Stack stack;
    private static Path home;
    private static String web;
    private static String decidedCase;

    @BeforeAll
    static void startTheSystem() throws Exception {
        Path root = Path.of(System.getProperty("opendoor.root", "../..")).toAbsolutePath().normalize();
        home = Files.createTempDirectory("opendoor-staff-");
        stack = Stack.startWithKeycloak(root, home, StackPorts.free(), true, System.out::println, Map.of());
        // localhost, not 127.0.0.1: the browser treats it as a secure context and keeps the Secure cookies
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
    void eachDemoRoleSignsInThroughKeycloakAndSeesItsOwnPagesOnly(TestInfo test) {
        record Role(String user, String home, String heading, List<String> links, String forbidden) {
        }
        List<Role> roles = List.of(
                new Role("duty-worker", "/staff/queue", "Duty queue", List.of("Duty queue"), "/staff/calls/new"),
                new Role("duty-manager", "/staff/queue", "Duty queue", List.of("Duty queue", "Performance briefing",
                        "CIN census return"),
                        "/staff/referrals"),
                new Role("analyst-ddscp", "/staff/briefing", "Performance briefing",
                        List.of("Performance briefing", "Send partner figures"), "/staff/queue"),
                new Role("call-handler", "/staff/calls/new", "Log a phone call",
                        List.of("Log a call", "Your referrals"), "/staff/queue"),
                new Role("school", "/staff/referrals", "Your referrals", List.of("Your referrals"), "/staff/queue"),
                new Role("police", "/staff/referrals", "Your referrals", List.of("Your referrals"), "/staff/calls/new"),
                new Role("professional", "/staff/referrals", "Your referrals", List.of("Your referrals"),
                        "/staff/queue"),
                new Role("auditor", "/staff/no-pages", "No pages for your role yet", List.of(), "/staff/queue"));
        for (Role role : roles) {
            try (Browser browser = Browser.withJavaScript(screenshots(test), AXE)) {
                StaffWalk staff = new StaffWalk(browser, new Pointer(browser), web, role.user());
                staff.signIn(role.user());
                assertThat(browser.url()).isEqualTo(web + role.home());
                staff.on("home", role.heading());
                assertThat(staff.navigation()).as(role.user() + "'s navigation")
                        .containsExactlyElementsOf(concat(role.links(), "Sign out"));
                staff.open(role.forbidden());
                staff.on("not-your-page", "You cannot use this page");
                staff.signOut();
                System.out.printf("%s signed in through Keycloak: %s; %s refused%n", role.user(), role.links(),
                        role.forbidden());
            }
        }
    }

    @Test
    @Order(2)
    void aDutyWorkerWithoutJavaScriptTakesAPublicReportToARecordedDecision(TestInfo test) {
        try (Browser browser = Browser.withoutJavaScript(screenshots(test), AXE)) {
            Pointer hands = new Pointer(browser);
            String reference = new ReportWalk(browser, hands, "public").start(web).postcode("LE11 3TU")
                    .council("Leicestershire", "0116 305 0005").immediateDanger(false)
                    .child(1, new ReportWalk.Child(null, "Girl of about 5 at number 9", null, null, null, null), false)
                    .whatHappened(List.of("signs-4"), "Shouting and banging next door every night this week.",
                            new String[] {Integer.toString(LocalDate.now(LONDON).getDayOfMonth()),
                                    Integer.toString(LocalDate.now(LONDON).getMonthValue()),
                                    Integer.toString(LocalDate.now(LONDON).getYear())}, null)
                    .anonymous().send();

            StaffWalk duty = new StaffWalk(browser, hands, web, "duty-no-js").signIn("duty-worker");
            awaitInQueue(duty, reference);
            duty.on("queue", "Duty queue");
            assertThat(browser.find("tr[data-reference='" + reference + "']").getText()).containsAnyOf("Red", "Amber",
                    "Green").containsPattern("today at \\d\\d:\\d\\d|tomorrow at|day \\d+ \\w+ at");
            // the filters work without JavaScript: a plain GET form
            new Select(browser.find("#status")).selectByValue("DECIDED");
            duty.press("form.opendoor-filters button");
            assertThat(browser.all("tr[data-reference='" + reference + "']")).as("not decided yet").isEmpty();
            duty.open("/staff/queue?status=AWAITING_DECISION");

            duty.press("tr[data-reference='" + reference + "'] a");
            duty.on("case", "Case " + reference);
            decidedCase = browser.url();
            assertThat(browser.find("#concern").getText()).isEqualTo("Shouting and banging next door every night this week.");
            assertThat(browser.find("#referrer").getText()).startsWith("Anonymous");
            assertThat(browser.find("#rules").getText()).isNotBlank();
            assertThat(browser.find("main").getText()).contains("Ruleset ");
            assertThat(browser.find("#audit").getText()).contains("duty-worker (duty_worker): Read case");

            String recommended = browser.find("#outcome-hint").getText().replace("Recommended: ", "");
            String departing = recommended.equals("Early help") ? "outcome-4" : "outcome-3";
            duty.choose(departing);
            duty.press("#decision-form button");
            duty.errors("decision-without-rationale", "Enter why you are departing from the recommendation");
            assertThat(browser.driver().findElement(By.id(departing)).isSelected()).as("the answer is kept").isTrue();

            duty.type("rationale", "Known to early help; family asked for support; no injury seen.");
            duty.press("#decision-form button");
            duty.on("decided", "Case " + reference);
            assertThat(browser.find("#confirmation").getText()).startsWith("Decision recorded");
            assertThat(browser.find("#decision").getText()).contains("Known to early help").contains("duty-worker");
            assertThat(browser.all("#decision-form")).as("one decision per case").isEmpty();
            duty.signOut();
        }
    }

    @Test
    @Order(3)
    void aCallHandlerWithJavaScriptLogsACallAndTheDutyManagerDecidesIt(TestInfo test) {
        String reference;
        String callReferralId;
        try (Browser browser = Browser.withJavaScript(screenshots(test), AXE)) {
            StaffWalk calls = new StaffWalk(browser, new Pointer(browser), web, "call").signIn("call-handler");
            calls.on("new-call", "Log a phone call");
            calls.press("form button.govuk-button");
            calls.errors("new-call-empty", "Select who the caller is to the child",
                    "Enter the child's name, or describe the child", "Enter what the caller is worried about",
                    "Select yes if a child is in immediate danger");
            new Select(browser.find("#relationship")).selectByValue("NEIGHBOUR");
            calls.type("callerName", "Pat Caller");
            calls.type("callerPhone", "0116 496 0999");
            calls.type("childName", "Robin Example");
            calls.type("childAge", "3");
            calls.type("postcode", "le11 3tu");
            calls.type("summary", "Toddler left alone in the flat for hours; caller saw through the window.");
            // a child in danger now: RED, so the duty team is alerted by email
            calls.choose("immediateDanger");
            calls.press("form button.govuk-button");
            calls.on("logged", "Call logged");
            reference = browser.find("#reference").getText().strip();
            assertThat(reference).matches("OD-\\d{4}-\\d{6,}");
            callReferralId = browser.url().substring(browser.url().lastIndexOf('/') + 1);
            await("triage of " + reference).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> {
                        browser.open(browser.url());
                        return browser.find("#triage-outcome").getText();
                    }, text -> text.startsWith("With the duty team"));
            calls.on("triaged", "Call logged");
            calls.signOut();
        }
        try (Browser browser = Browser.withJavaScript(screenshots(test), AXE)) {
            StaffWalk manager = new StaffWalk(browser, new Pointer(browser), web, "manager").signIn("duty-manager");
            awaitInQueue(manager, reference);
            // the duty alert email links to the case page on the web front end (by the referral's id)
            String alert = await("duty alert for " + reference).atMost(Duration.ofSeconds(30)).until(
                    () -> stack.infra().endpoints().mailbox().messagesFor(LEICESTERSHIRE_DUTY).stream()
                            .filter(m -> m.subject().contains(reference)).map(m -> m.body()).findFirst().orElse(""),
                    body -> !body.isEmpty());
            String link = web + "/staff/cases/by-referral/" + callReferralId;
            assertThat(alert).contains("Open it in OpenDoor: " + link);
            browser.open(link);
            manager.on("case", "Case " + reference);
            assertThat(browser.find("#referrer").getText()).contains("Pat Caller", "0116 496 0999");
            manager.choose("outcome-5");
            manager.type("rationale", "Very young child left alone: strategy discussion today.");
            manager.press("#decision-form button");
            assertThat(browser.find("#confirmation").getText()).startsWith("Decision recorded");
            manager.signOut();
        }
        try (Browser browser = Browser.withJavaScript(screenshots(test), AXE)) {
            StaffWalk callCentre = new StaffWalk(browser, new Pointer(browser), web, "call-centre")
                    .signIn("call-handler");
            callCentre.open("/staff/referrals");
            String row = await("feedback on " + reference).atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofSeconds(1)).until(() -> {
                        browser.open(web + "/staff/referrals");
                        return browser.find("tr[data-reference='" + reference + "']").getText();
                    }, text -> text.contains("Decided"));
            assertThat(row).contains("A strategy discussion about significant harm (section 47)");
            callCentre.on("referrals", "Your referrals");
            System.out.printf("Phone call %s: logged, triaged, decided; the call centre sees the feedback%n", reference);
        }
    }

    @Test
    @Order(4)
    void aSchoolSeesTheDutyTeamsFeedbackOnItsReferral(TestInfo test) throws Exception {
        String token = stack.infra().endpoints().identityProvider().orElseThrow().tokenForClient("school-100001");
        String reference = submitSchoolReferral(token);
        try (Browser browser = Browser.withJavaScript(screenshots(test), AXE)) {
            StaffWalk duty = new StaffWalk(browser, new Pointer(browser), web, "duty-js").signIn("duty-worker");
            awaitInQueue(duty, reference);
            duty.press("tr[data-reference='" + reference + "'] a");
            duty.choose("outcome-3");
            duty.type("rationale", "School to lead early help with the family.");
            duty.press("#decision-form button");
            assertThat(browser.find("#confirmation").getText()).startsWith("Decision recorded");
            duty.signOut();
        }
        try (Browser browser = Browser.withJavaScript(screenshots(test), AXE)) {
            StaffWalk school = new StaffWalk(browser, new Pointer(browser), web, "school").signIn("school");
            String row = await("feedback on " + reference).atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofSeconds(1)).until(() -> {
                        browser.open(web + "/staff/referrals");
                        return browser.find("tr[data-reference='" + reference + "']").getText();
                    }, text -> text.contains("Decided"));
            assertThat(row).contains("Referred to early help");
            school.on("referrals", "Your referrals");
            System.out.printf("School referral %s: the school sees \"%s\"%n", reference, row);
        }
    }

    @Test
    @Order(5)
    void anotherAuthoritysCaseIsANotFoundPage(TestInfo test) {
        assertThat(decidedCase).as("the Leicestershire case of the no-JavaScript test").isNotNull();
        try (Browser browser = Browser.withJavaScript(screenshots(test), AXE)) {
            StaffWalk derby = new StaffWalk(browser, new Pointer(browser), web, "derby").signIn("duty-worker-derby");
            browser.open(decidedCase);
            derby.on("not-found", "Page not found");
            assertThat(browser.find("main").getText()).doesNotContain("Shouting and banging");
            derby.open("/staff/cases/not-a-case");
            derby.on("not-found-malformed", "Page not found");
        }
    }

    /** The school's management system submits a referral with its client-credentials token from Keycloak. */
    private static String submitSchoolReferral(String token) throws Exception {
        java.net.http.HttpResponse<String> answer = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(stack.intake().baseUrl() + "/api/v1/referrals"))
                        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("""
                                {"source": "SCHOOL",
                                 "children": [{"firstName": "Alex", "lastName": "Example", "dateOfBirth": "2017-05-06",
                                               "address": {"postcode": "LE11 3TU"}, "schoolUrn": "100001"}],
                                 "concern": {"summary": "Often hungry and tired; says there is no food at home.",
                                             "categories": ["NEGLECT"], "indicators": ["CHILD_UNKEMPT"]},
                                 "referrer": {"name": "Priya Shah", "role": "DSL", "email": "dsl@100001.schools.opendoor.local"}}"""))
                        .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(202);
        return com.fasterxml.jackson.databind.json.JsonMapper.builder().build().readTree(answer.body())
                .path("reference").asText();
    }

    private static void awaitInQueue(StaffWalk staff, String reference) {
        await(reference + " in the queue").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1))
                .until(() -> {
                    staff.open("/staff/queue");
                    return staff.browser().all("tr[data-reference='" + reference + "']").size();
                }, n -> n == 1);
    }

    private static List<String> concat(List<String> links, String last) {
        return java.util.stream.Stream.concat(links.stream(), java.util.stream.Stream.of(last)).toList();
    }

    private static Path screenshots(TestInfo test) {
        return SCREENSHOTS.resolve(test.getTestMethod().orElseThrow().getName());
    }
}
