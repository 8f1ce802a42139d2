package org.opendoor.launcher.history;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.opendoor.model.Json;

/**
 * Sends figures to the briefing's {@code POST /api/v1/figures} as an analyst of each authority's partnership, one
 * partnership's year at a time: a chunk stays far inside the service's body limit, and a refusal (the service
 * checks a whole submission and stores none of it) costs one year, not the whole history.
 */
public final class FigureUpload {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final URI figures;
    private final Function<String, String> tokenForPartnership;
    private final Consumer<String> progress;

    /**
     * @param briefing the briefing service's base, e.g. {@code http://localhost:8084}
     * @param tokenForPartnership an analyst's access token for a partnership; asked for each chunk, so that a
     *        token never outlives a long upload
     */
    public FigureUpload(URI briefing, Function<String, String> tokenForPartnership, Consumer<String> progress) {
        this.figures = briefing.resolve("/api/v1/figures");
        this.tokenForPartnership = tokenForPartnership;
        this.progress = progress;
    }

    /** What the service counted: every figure received was added, corrected or found unchanged. */
    public record Counts(long received, long added, long corrected, long unchanged) {
        static final Counts NONE = new Counts(0, 0, 0, 0);

        Counts plus(Counts other) {
            return new Counts(received + other.received, added + other.added, corrected + other.corrected,
                    unchanged + other.unchanged);
        }

        @Override
        public String toString() {
            return "received " + received + ", added " + added + ", corrected " + corrected + ", unchanged "
                    + unchanged;
        }
    }

    /** The service refused a chunk: its status and each violation ({@code row 3: value: ...}). */
    public static final class Refused extends Exception {
        private final int status;
        private final List<String> violations;

        Refused(Chunk chunk, int status, List<String> violations) {
            super("The briefing service refused " + chunk + " (" + status + ")");
            this.status = status;
            this.violations = List.copyOf(violations);
        }

        public int status() {
            return status;
        }

        public List<String> violations() {
            return violations;
        }
    }

    /**
     * Sends the figures chunk by chunk and answers the service's counts over all of them; stops at the first chunk
     * refused (those before it are stored).
     *
     * @param partnershipOf an authority's partnership
     */
    public Counts send(List<HistoricFigure> all, Function<String, String> partnershipOf, String source)
            throws Refused, IOException, InterruptedException {
        Counts total = Counts.NONE;
        for (Map.Entry<Chunk, List<HistoricFigure>> chunk : chunks(all, partnershipOf).entrySet()) {
            Counts counts = post(chunk.getKey(), tokenForPartnership.apply(chunk.getKey().partnership()),
                    FigureCsv.write(chunk.getValue(), source));
            progress.accept(chunk.getKey() + ": " + counts);
            total = total.plus(counts);
        }
        return total;
    }

    /** One submission: a partnership's authorities for one calendar year. */
    record Chunk(String partnership, int year) {
        @Override
        public String toString() {
            return partnership + " " + year;
        }
    }

    /** The figures of each partnership's year, in the order given. */
    static Map<Chunk, List<HistoricFigure>> chunks(List<HistoricFigure> all, Function<String, String> partnershipOf) {
        Map<Chunk, List<HistoricFigure>> chunks = new LinkedHashMap<>();
        for (HistoricFigure figure : all) {
            chunks.computeIfAbsent(new Chunk(partnershipOf.apply(figure.area()), figure.month().getYear()),
                    k -> new ArrayList<>()).add(figure);
        }
        return chunks;
    }

    private Counts post(Chunk chunk, String token, String csv) throws Refused, IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(figures).timeout(Duration.ofMinutes(2))
                .header("Authorization", "Bearer " + token).header("Content-Type", "text/csv; charset=utf-8")
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(csv)).build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode body = parsed(response.body());
        if (response.statusCode() != 200 || body == null) {
            throw new Refused(chunk, response.statusCode(), violations(body, response.body()));
        }
        return new Counts(body.path("received").asLong(), body.path("added").asLong(),
                body.path("corrected").asLong(), body.path("unchanged").asLong());
    }

    private static List<String> violations(JsonNode body, String text) {
        List<String> violations = new ArrayList<>();
        if (body != null) {
            for (JsonNode violation : body.path("violations")) {
                violations.add(violation.path("field").asText() + ": " + violation.path("message").asText());
            }
        }
        // a refusal without violations (401, 403, 413, ...) says what it is in its body
        if (violations.isEmpty() && !text.isBlank()) {
            violations.add(text);
        }
        return violations;
    }

    private static JsonNode parsed(String text) {
        try {
            return Json.mapper().readTree(text);
        } catch (IOException notJson) {
            return null;
        }
    }
}
