package org.opendoor.proof.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/** Posts referrals to intake as the role each submission names, with an Idempotency-Key so a retry is safe. */
public final class IntakeClient {
    // HTTP/1.1 with keep-alive, as partner systems post; the JDK's cleartext HTTP/2 upgrade cost the load generator
    // more CPU than the requests it sent
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final String baseUrl;
    private final Function<String[], String> tokenFor;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    /** {@code tokenFor} mints a token for {role, org}. */
    public IntakeClient(String baseUrl, Function<String[], String> tokenFor) {
        this.baseUrl = baseUrl;
        this.tokenFor = tokenFor;
    }

    /** The answer: HTTP status (0 when no answer came) and the referral id of a 202. */
    public record Answer(int status, String referralId, String body) {
        public boolean accepted() {
            return status == 202;
        }

        public boolean definitive() {
            return status != 0 && status != 503 && status != 502 && status != 504;
        }
    }

    public CompletableFuture<Answer> submit(ReferralMix.Submission s, String idempotencyKey) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + s.path()))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(s.body()));
        if (s.role() != null) {
            request.header("Authorization", "Bearer " + tokens.computeIfAbsent(s.role() + "|" + s.org(),
                    k -> tokenFor.apply(new String[] {s.role(), s.org()})));
        }
        return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString())
                .thenApply(r -> new Answer(r.statusCode(), referralIdOf(r.body()), r.body()))
                .exceptionally(e -> new Answer(0, null, String.valueOf(e.getCause() instanceof IOException
                        ? e.getCause().getClass().getSimpleName() : e.getClass().getSimpleName())));
    }

    public static String newKey() {
        return UUID.randomUUID().toString();
    }

    private static String referralIdOf(String body) {
        int at = body.indexOf("\"referralId\":\"");
        return at < 0 ? null : body.substring(at + 14, body.indexOf('"', at + 14));
    }
}
