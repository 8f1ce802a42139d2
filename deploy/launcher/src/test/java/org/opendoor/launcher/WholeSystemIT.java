package org.opendoor.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opendoor.infra.Mailbox;
import org.opendoor.launcher.caseload.DemoCase;
import org.opendoor.launcher.caseload.DemoCaseload;
import org.opendoor.model.Json;

/** The three packaged services as real processes on the embedded infrastructure, followed end to end. */
class WholeSystemIT {
    static final String LEICESTERSHIRE_DUTY = "first-response@leicestershire.duty.opendoor.local";
    private static Stack stack;
    private static Path home;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void startTheSystem() throws Exception {
        Path root = Path.of(System.getProperty("opendoor.root", "../..")).toAbsolutePath().normalize();
        home = Files.createTempDirectory("opendoor-it-");
        // as ./opendoor up runs it: Keycloak beside Kafka, the services verifying its JWKS
        stack = Stack.startWithKeycloak(root, home, StackPorts.free(), true, System.out::println, java.util.Map.of());
    }

    @AfterAll
    static void stopTheSystem() {
        if (stack != null) {
            stack.close();
        }
        // logs and keys too: a test run leaves nothing behind
        org.opendoor.infra.EmbeddedInfrastructure.deleteDirectory(home);
    }

    @Test
    void aSchoolReferralOfAChildInDangerReachesTheDutyTeamsMailbox() throws Exception {
        // the school's management system, with its client-credentials token from Keycloak
        String token = stack.infra().endpoints().identityProvider().orElseThrow().tokenForClient("school-100001");
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(
                        URI.create(stack.intake().baseUrl() + "/api/v1/referrals"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"source": "SCHOOL",
                         "children": [{"firstName": "Ben", "lastName": "Canary", "dateOfBirth": "2017-05-02",
                                       "address": {"postcode": "LE11 3TU"}, "schoolUrn": "100001"}],
                         "concern": {"summary": "Told his teacher he is scared to go home tonight.",
                                     "categories": ["PHYSICAL_ABUSE"], "indicators": ["DISCLOSURE"],
                                     "immediateDanger": true},
                         "referrer": {"name": "D. Lead", "role": "DSL", "email": "dsl@100001.school.opendoor.local"}}"""))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(202);
        String reference = answer.body().replaceAll(".*\"reference\":\"([^\"]+)\".*", "$1");

        List<Mailbox.Mail> alerts = awaitMail(LEICESTERSHIRE_DUTY, reference, Duration.ofSeconds(30));
        assertThat(alerts).as("duty alert for " + reference).hasSize(1);
        assertThat(alerts.get(0).subject()).contains(reference).contains("RED");
        assertThat(alerts.get(0).body()).doesNotContain("Canary").doesNotContain("scared");

        stack.services().forEach(s -> System.out.printf("%s: ready in %d ms, resident %d MiB after one referral%n",
                s.name(), s.lastStartUp().toMillis(), s.residentMiB()));
    }

    /**
     * The alerts of deploy/k8s/alerts.yaml watch series that exist: a renamed or dropped metric would silence an
     * alert without anyone noticing (an absent series never fires).
     */
    @Test
    void everyAlertWatchesASeriesTheServicesExport() throws Exception {
        Path root = Path.of(System.getProperty("opendoor.root", "../..")).toAbsolutePath().normalize();
        Set<String> watched = Pattern.compile("\\bopendoor_[a-z_]+")
                .matcher(Files.readString(root.resolve("deploy/k8s/alerts.yaml"))).results()
                .map(MatchResult::group).collect(Collectors.toCollection(TreeSet::new));
        StringBuilder exported = new StringBuilder();
        for (ServiceProcess service : stack.services()) {
            exported.append(http.send(HttpRequest.newBuilder(URI.create(service.metricsUrl())).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
        }
        assertThat(watched).as("the alerts' metrics").hasSizeGreaterThan(5);
        assertThat(watched).allSatisfy(metric -> assertThat(exported.toString())
                .as("a series of " + metric).containsPattern("(?m)^" + metric + "[{ ]"));
    }

    /**
     * Issue 10: none of these concerns is refused, and each reaches a duty worker's queue with a decision deadline:
     * a call from a teacher, a professional who gives no organisation type, a public report in the child shape of
     * every other channel, a public report with no postcode, and a school referral for a child living in London.
     */
    @Test
    void concernsOnceRefusedOrOwnerlessReachADutyWorkersQueueWithADeadline() throws Exception {
        var tokens = stack.infra().endpoints().tokens();
        String teacherCall = accepted(post("/api/v1/referrals", tokens.mint("call_handler",
                "ORG:LEICESTERSHIRE-CONTACT-CENTRE", null, null), """
                {"source": "PHONE", "children": [{"firstName": "Tia", "lastName": "Canary", "estimatedAgeYears": 9,
                  "address": {"postcode": "LE11 3TU"}}],
                 "concern": {"summary": "Teacher rang: bruises on both arms.", "categories": ["PHYSICAL_ABUSE"]},
                 "referrer": {"name": "Ms Teacher", "phone": "0116 496 0001", "relationshipToChild": "teacher"}}"""));
        String noOrganisationType = accepted(post("/api/v1/referrals", tokens.mint("professional",
                "ORG:LPT-HEALTH-VISITING", null, null), """
                {"source": "PROFESSIONAL", "children": [{"firstName": "Cal", "dateOfBirth": "2025-06-01",
                  "address": {"postcode": "LE12 7AA"}}],
                 "concern": {"summary": "Baby with an unexplained mark.", "indicators": ["INJURY"]},
                 "referrer": {"name": "H. Visitor", "email": "hv@nhs.example"}}"""));
        String publicFirstName = accepted(post("/api/v1/public/concerns", null, """
                {"children": [{"firstName": "Amy", "lastName": "Canary", "estimatedAgeYears": 5,
                  "address": {"postcode": "LE11 3TU"}}],
                 "concern": {"summary": "Left alone most evenings.", "indicators": ["YOUNG_CHILD_LEFT_ALONE"]},
                 "reporter": {"anonymous": true}}"""));
        String publicNoPostcode = accepted(post("/api/v1/public/concerns", null, """
                {"children": [{"description": "Boy of about 4 at the caravan site"}],
                 "concern": {"summary": "Crying for hours.", "indicators": ["PROLONGED_CRYING"]},
                 "reporter": {"anonymous": true}, "localAuthority": "E10000018"}"""));
        String london = accepted(post("/api/v1/referrals", tokens.mint("school", "URN:100001", null, null), """
                {"source": "SCHOOL", "children": [{"firstName": "Zed", "lastName": "Canary", "dateOfBirth": "2016-02-02",
                  "address": {"postcode": "SW1A 1AA"}, "schoolUrn": "100001"}],
                 "concern": {"summary": "Moved to London, still on roll here.", "categories": ["NEGLECT"]}}"""));

        String dutyWorker = tokens.mint("duty_worker", null, "E10000018", "leicestershire-first-response");
        for (String referralId : List.of(teacherCall, noOrganisationType, publicFirstName, publicNoPostcode, london)) {
            String found = awaitCase(referralId, dutyWorker, Duration.ofSeconds(30));
            assertThat(found).as("case of " + referralId).contains("\"status\":\"AWAITING_DECISION\"")
                    .contains("\"localAuthority\":\"E10000018\"").contains("\"decisionDueAt\":");
        }
        assertThat(awaitCase(teacherCall, dutyWorker, Duration.ofSeconds(5))).contains("\"sourceCode\":\"2A\"");
        assertThat(awaitCase(noOrganisationType, dutyWorker, Duration.ofSeconds(5))).contains("\"sourceCode\":\"3B\"");
        assertThat(awaitCase(london, dutyWorker, Duration.ofSeconds(5))).contains("\"postcodeOutsidePartnership\":true");
    }

    /**
     * Issue 16's "done when": the demo caseload, submitted and decided through the services, exports as each
     * authority's CIN census return with no errors, and the only queries are the explained 8825Q (a front-door NFA
     * or early-help closure, RC8/RC9, has no assessment behind it). Leicestershire is checked for its child referred
     * twice only (the other tests leave undecided cases there, which rightly are errors).
     */
    @Test
    void theDemoCaseloadsCensusReturnsHaveNoErrorsAndOnlyExplainedQueries() throws Exception {
        var tokens = stack.infra().endpoints().tokens();
        List<DemoCase> cases = DemoCaseload.shipped();
        new DemoCaseload(URI.create(stack.intake().baseUrl()), URI.create(stack.triage().baseUrl()),
                tokens.mint("school", "URN:100001", null, null), (role, la) -> tokens.mint(role, null, la, null),
                System.out::println).seed(cases);
        // the collection year is named by its end: from 1 April, next year's
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        int year = today.getMonthValue() >= 4 ? today.getYear() + 1 : today.getYear();

        for (String la : List.of("E06000016", "E06000017", "E06000015", "E10000007")) {
            String manager = tokens.mint("duty_manager", null, la, null);
            JsonNode validation = Json.mapper().readTree(census(la, year, manager, "application/json").body());
            List<DemoCase> ours = cases.stream().filter(c -> c.authority().equals(la)).toList();
            long closedRc8OrRc9 = ours.stream().filter(c -> !c.outcome().startsWith("S") && !c.outcome()
                    .equals("IMMEDIATE_PROTECTION")).count();
            assertThat(validation.path("errors").asLong()).as(la + ": " + validation.path("findings")).isZero();
            int children = (int) ours.stream().map(DemoCase::key).distinct().count();
            assertThat(validation.path("children").asInt()).as(la).isEqualTo(children);
            assertThat(validation.path("queries").asLong()).as(la).isEqualTo(closedRc8OrRc9);
            validation.path("findings").forEach(f -> assertThat(f.path("rule").asText()).isEqualTo("8825Q"));

            HttpResponse<String> xml = census(la, year, manager, "application/xml");
            assertThat(xml.headers().firstValue("X-OpenDoor-Census-Errors")).hasValue("0");
            assertThat(xml.body()).startsWith("<?xml").contains("<Message>").contains("<Collection>CIN</Collection>")
                    .contains("<LEA>" + org.opendoor.model.EnglishAuthorities.shipped().find(la).orElseThrow()
                            .laNumber() + "</LEA>");
            assertThat(xml.body().split("<Child>", -1)).as(la + ": one Child per child").hasSize(children + 1);
        }

        String leicestershire = tokens.mint("duty_manager", null, "E10000018", null);
        String xml = census("E10000018", year, leicestershire, "application/xml").body();
        String leo = xml.substring(xml.indexOf("<UPN>J855403940290</UPN>"));
        leo = leo.substring(0, leo.indexOf("</Child>"));
        assertThat(xml.split("<UPN>J855403940290</UPN>", -1)).as("one Child for the child referred twice").hasSize(2);
        assertThat(leo.split("<CINdetails>", -1)).as("with both referrals").hasSize(3);
        assertThat(census("E10000018", year, tokens.mint("duty_manager", null, "E06000015", null),
                "application/xml").statusCode()).isEqualTo(403);
    }

    private HttpResponse<String> census(String la, int year, String token, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(stack.triage().baseUrl() + "/api/v1/returns/cin-census/"
                        + year + "?la=" + la)).header("Authorization", "Bearer " + token).header("Accept", accept)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(stack.intake().baseUrl() + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String accepted(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(202);
        return answer.body().replaceAll(".*\"referralId\":\"([^\"]+)\".*", "$1");
    }

    private String awaitCase(String referralId, String token, Duration within) {
        return await("a case visible to the duty worker for " + referralId).atMost(within)
                .until(() -> http.send(HttpRequest.newBuilder(URI.create(stack.triage().baseUrl()
                                + "/api/v1/cases/by-referral/" + referralId)).header("Authorization", "Bearer " + token)
                        .build(), HttpResponse.BodyHandlers.ofString()), answer -> answer.statusCode() == 200)
                .body();
    }

    private static List<Mailbox.Mail> awaitMail(String address, String reference, Duration within) {
        return await("mail to " + address + " about " + reference).atMost(within)
                .until(() -> stack.infra().endpoints().mailbox().messagesFor(address).stream()
                        .filter(m -> m.subject().contains(reference)).toList(), mails -> !mails.isEmpty());
    }
}
