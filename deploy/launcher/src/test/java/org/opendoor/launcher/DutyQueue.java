package org.opendoor.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A duty worker's view of their council's queue, through triage-service's API with a duty_worker token. */
final class DutyQueue {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Stack stack;
    private final String localAuthority;
    private final String token;

    DutyQueue(Stack stack, String localAuthority, String team) {
        this.stack = stack;
        this.localAuthority = localAuthority;
        this.token = stack.infra().endpoints().tokens().mint("duty_worker", null, localAuthority, team);
    }

    /** Every case in the queue that is this council's own (not the partnership hub's). */
    List<JsonNode> cases() throws Exception {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(
                        URI.create(stack.triage().baseUrl() + "/api/v1/cases?limit=500"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("GET /api/v1/cases answered " + answer.statusCode() + ": " + answer.body());
        }
        List<JsonNode> own = new ArrayList<>();
        JSON.readTree(answer.body()).forEach(c -> {
            if (localAuthority.equals(c.path("localAuthority").asText())) {
                own.add(c);
            }
        });
        return own;
    }

    /** The case of a report, waiting up to 30 s for triage to have it; fails the test if it never comes. */
    JsonNode caseOf(String reference) throws Exception {
        return awaitCase(reference, Duration.ofSeconds(30)).orElseThrow(() -> new AssertionError(
                "The duty queue of " + localAuthority + " has no case " + reference));
    }

    /** The case of a report, once triage has it (the referral travels intake → Kafka → triage). */
    Optional<JsonNode> awaitCase(String reference, Duration within) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<JsonNode> found = cases().stream().filter(c -> reference.equals(c.path("reference").asText()))
                    .findFirst();
            if (found.isPresent()) {
                return found;
            }
            Thread.sleep(250);
        }
        return Optional.empty();
    }
}
