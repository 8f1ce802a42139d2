package org.opendoor.launcher.caseload;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.opendoor.data.DataFile;
import org.opendoor.model.Json;

/**
 * Seeds the demo caseload of {@value #FILE} through the real APIs, as a school and each authority's duty worker
 * would: each referral is submitted to intake with the child's census characteristics, awaited in triage, and
 * decided with its primary need code, one after the other (a child referred again is referred after the earlier
 * referral's decision). The CIN census return of any of the five authorities for the current collection year then
 * has no errors.
 */
public final class DemoCaseload {
    static final String FILE = "caseload/demo-caseload.csv";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Duration TRIAGE_WAIT = Duration.ofSeconds(60);

    private final URI intake;
    private final URI triage;
    private final String schoolToken;
    private final BiFunction<String, String, String> dutyToken;
    private final Consumer<String> progress;

    /**
     * @param dutyToken a token for a role ({@code duty_worker}) of an authority (its ONS code)
     */
    public DemoCaseload(URI intake, URI triage, String schoolToken, BiFunction<String, String, String> dutyToken,
            Consumer<String> progress) {
        this.intake = intake;
        this.triage = triage;
        this.schoolToken = schoolToken;
        this.dutyToken = dutyToken;
        this.progress = progress;
    }

    /** The shipped caseload. */
    public static List<DemoCase> shipped() {
        DataFile file = DataFile.load(FILE, 13);
        List<DemoCase> cases = new ArrayList<>();
        for (DataFile.Row row : file.rows()) {
            List<String> f = row.fields();
            cases.add(new DemoCase(f.get(0), f.get(1), f.get(2), f.get(3), f.get(4), LocalDate.parse(f.get(5)),
                    none(f.get(6)), f.get(7), f.get(8), List.of(f.get(9).split(";")), f.get(10), f.get(11),
                    f.get(12)));
        }
        return cases;
    }

    /** What was seeded: the case id of each referral, by the row's key and order. */
    public record Seeded(String key, String authority, String referralId, String caseId) {
    }

    public List<Seeded> seed(List<DemoCase> cases) throws IOException, InterruptedException {
        List<Seeded> seeded = new ArrayList<>();
        for (DemoCase c : cases) {
            String referralId = submit(c);
            String worker = dutyToken.apply("duty_worker", c.authority());
            String caseId = awaitCase(referralId, worker);
            decide(caseId, c, worker);
            progress.accept(c.key() + " (" + c.authority() + "): " + c.outcome() + " " + c.primaryNeed());
            seeded.add(new Seeded(c.key(), c.authority(), referralId, caseId));
        }
        return seeded;
    }

    private String submit(DemoCase c) throws IOException, InterruptedException {
        Map<String, Object> child = new LinkedHashMap<>();
        child.put("firstName", c.firstName());
        child.put("lastName", c.lastName());
        child.put("dateOfBirth", c.dateOfBirth().toString());
        child.put("address", Map.of("postcode", c.postcode()));
        child.put("schoolUrn", "100001");
        if (c.upn() != null) {
            child.put("upn", c.upn());
        }
        child.put("sex", c.sex());
        child.put("ethnicity", c.ethnicity());
        child.put("disabilities", c.disabilities());
        Map<String, Object> body = Map.of("source", "SCHOOL", "children", List.of(child),
                "concern", Map.of("summary", "Demo caseload: a made-up concern for the census demo.",
                        "categories", List.of(c.category()), "immediateDanger", false),
                "referrer", Map.of("name", "Demo DSL", "role", "Designated Safeguarding Lead",
                        "email", "dsl@school.example"));
        JsonNode answer = send(HttpRequest.newBuilder(intake.resolve("/api/v1/referrals")), schoolToken,
                Json.write(body), 202);
        return answer.path("referralId").asText();
    }

    private String awaitCase(String referralId, String token) throws IOException, InterruptedException {
        Instant until = Instant.now().plus(TRIAGE_WAIT);
        while (true) {
            HttpResponse<String> found = HTTP.send(HttpRequest.newBuilder(
                            triage.resolve("/api/v1/cases/by-referral/" + referralId))
                    .header("Authorization", "Bearer " + token).header("Accept", "application/json")
                    .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (found.statusCode() == 200) {
                return Json.mapper().readTree(found.body()).path("caseId").asText();
            }
            if (Instant.now().isAfter(until)) {
                throw new IllegalStateException("Referral " + referralId + " was not triaged within " + TRIAGE_WAIT
                        + " (last answer " + found.statusCode() + ")");
            }
            Thread.sleep(200);
        }
    }

    private void decide(String caseId, DemoCase c, String token) throws IOException, InterruptedException {
        String body = Json.write(Map.of("outcome", c.outcome(), "primaryNeedCode", c.primaryNeed(),
                "rationale", "Demo caseload decision."));
        send(HttpRequest.newBuilder(triage.resolve("/api/v1/cases/" + caseId + "/decision")), token, body, 200);
    }

    private static JsonNode send(HttpRequest.Builder request, String token, String body, int expected)
            throws IOException, InterruptedException {
        HttpResponse<String> answer = HTTP.send(request.header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != expected) {
            throw new IllegalStateException(request.build().uri() + " answered " + answer.statusCode() + ": "
                    + answer.body());
        }
        return Json.mapper().readTree(answer.body());
    }

    private static String none(String value) {
        return value.equals("-") ? null : value;
    }
}
