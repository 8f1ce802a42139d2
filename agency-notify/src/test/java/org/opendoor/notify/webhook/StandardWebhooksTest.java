package org.opendoor.notify.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opendoor.notify.delivery.DeliveryConfig;
import org.opendoor.notify.delivery.DeliveryException;
import org.opendoor.notify.delivery.OutgoingMessage;
import org.opendoor.notify.support.NotifyTestResource;

/**
 * A receiver built on the Standard Webhooks specification's published Java library accepts our webhooks, and
 * rejects one whose body was changed and one signed long ago and replayed now.
 */
@QuarkusTest
@QuarkusTestResource(NotifyTestResource.class)
class StandardWebhooksTest {
    /** A directory secret as administrators have always set them: any text of 16 characters or more. */
    private static final String SECRET = "school-shared-secret-0123456789";
    private static final Set<String> SIGNED_HEADERS = Set.of("webhook-id", "webhook-timestamp", "webhook-signature");

    record Request(byte[] body, Map<String, List<String>> headers) {
    }

    @Inject
    DeliveryConfig config;

    private HttpServer server;
    private final List<Request> verified = new CopyOnWriteArrayList<>();
    private final List<Request> captured = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void aReceiverUsingTheStandardWebhooksLibraryAcceptsOursAndRejectsATamperedOrReplayedOldOne() throws Exception {
        // the receiver's library takes the secret as whsec_ and the base64 of its UTF-8 bytes
        String url = startReceiver(new Webhook("whsec_"
                + Base64.getEncoder().encodeToString(SECRET.getBytes(StandardCharsets.UTF_8))));
        OutgoingMessage message = message(url + "/verify", SECRET);

        new WebhookChannel(config).send(message);
        assertThat(verified).hasSize(1);
        Request ours = verified.get(0);
        assertThat(ours.headers().get("Webhook-id")).containsExactly(message.deliveryId().toString());
        assertThat(ours.headers().get("X-opendoor-delivery-id")).containsExactly(message.deliveryId().toString());
        long timestamp = Long.parseLong(ours.headers().get("Webhook-timestamp").get(0));
        assertThat(Instant.ofEpochSecond(timestamp)).isBetween(Instant.now().minusSeconds(60), Instant.now());
        // the first form of signature still comes, for receivers built on it
        assertThat(WebhookSignature.verifies(ours.body(), SECRET,
                ours.headers().get("X-opendoor-signature").get(0))).isTrue();

        // the same headers over a changed body
        String tampered = new String(ours.body(), StandardCharsets.UTF_8).replace("OD-2026-000042", "OD-2026-000043");
        assertThat(post(url + "/verify", tampered.getBytes(StandardCharsets.UTF_8), ours.headers())).isEqualTo(401);

        // a message signed ten minutes ago, captured then, replayed now
        new WebhookChannel(config, Clock.fixed(Instant.now().minus(Duration.ofMinutes(10)), ZoneOffset.UTC))
                .send(message(url + "/capture", SECRET));
        Request old = captured.get(0);
        assertThat(post(url + "/verify", old.body(), old.headers())).isEqualTo(401);
        assertThat(verified).hasSize(1);
        // and ours, sent again, is still good: only the age and the content were at fault
        assertThat(post(url + "/verify", ours.body(), ours.headers())).isEqualTo(204);
    }

    @Test
    void aSecretMadeByStandardWebhooksToolsIsUsedAsTheyMeanIt() throws Exception {
        String standardSecret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
        String url = startReceiver(new Webhook(standardSecret));

        new WebhookChannel(config).send(message(url + "/verify", standardSecret));
        assertThat(verified).hasSize(1);
        // whoever verifies with the wrong key is told so
        Request ours = verified.get(0);
        assertThatThrownBy(() -> new Webhook(WebhookSignature.standardSecret("another-secret-0123456789"))
                .verify(new String(ours.body(), StandardCharsets.UTF_8), signedHeaders(ours.headers())))
                .isInstanceOf(WebhookVerificationException.class);
    }

    @Test
    void aReceiverThatRejectsTheSignatureRefusesTheDeliveryForGood() throws Exception {
        String url = startReceiver(new Webhook(WebhookSignature.standardSecret("another-secret-0123456789")));
        assertThatThrownBy(() -> new WebhookChannel(config).send(message(url + "/verify", SECRET)))
                .isInstanceOfSatisfying(DeliveryException.class, e -> {
                    assertThat(e.permanent()).isTrue();
                    assertThat(e.getMessage()).isEqualTo("webhook answered 401");
                });
    }

    private static OutgoingMessage message(String address, String secret) {
        return new OutgoingMessage(UUID.randomUUID(), "DUTY_ALERT", "OD-2026-000042", address, "A subject", "A body",
                Instant.parse("2026-12-02T12:00:00Z"), null, secret);
    }

    /** {base}/verify checks with the library (204, or 401 on any fault); {base}/capture keeps what came. */
    private String startReceiver(Webhook verifier) throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/verify", exchange -> {
            Request request = new Request(exchange.getRequestBody().readAllBytes(), exchange.getRequestHeaders());
            int status;
            try {
                verifier.verify(new String(request.body(), StandardCharsets.UTF_8), request.headers());
                verified.add(request);
                status = 204;
            } catch (WebhookVerificationException e) {
                status = 401;
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.createContext("/capture", exchange -> {
            captured.add(new Request(exchange.getRequestBody().readAllBytes(), exchange.getRequestHeaders()));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private static int post(String url, byte[] body, Map<String, List<String>> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        signedHeaders(headers).forEach((name, values) -> values.forEach(v -> request.header(name, v)));
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static Map<String, List<String>> signedHeaders(Map<String, List<String>> headers) {
        return headers.entrySet().stream().filter(e -> SIGNED_HEADERS.contains(e.getKey().toLowerCase()))
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
