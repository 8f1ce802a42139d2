package org.opendoor.notify.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.opendoor.model.Json;

/**
 * A local HTTP server speaking the part of GOV.UK Notify's API we use: {@code POST /v2/notifications/email}
 * with a bearer JWT, answering 201 with the documented response body.
 */
public final class FakeGovUkNotify {
    public static final String SERVICE_ID = "26785a09-ab16-4eb0-8407-a37497a57506";
    public static final String API_KEY = "opendoor_test-" + SERVICE_ID + "-3d844edf-8d35-48ac-975b-e847b4f122b0";
    public static final String TEMPLATE_ID = "f33517ff-2a88-4f6e-b855-c550268ce08a";

    public record Received(String authorization, JsonNode body) {
    }

    private static FakeGovUkNotify shared;
    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();

    private FakeGovUkNotify() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v2/notifications/email", exchange -> {
            JsonNode body = Json.mapper().readTree(exchange.getRequestBody().readAllBytes());
            received.add(new Received(exchange.getRequestHeaders().getFirst("Authorization"), body));
            String answer = Json.write(java.util.Map.of(
                    "id", UUID.randomUUID().toString(),
                    "reference", body.path("reference").asText(),
                    "content", java.util.Map.of("body", body.path("personalisation").path("body").asText(),
                            "subject", body.path("personalisation").path("subject").asText(),
                            "from_email", "opendoor@notifications.service.gov.uk"),
                    "uri", "https://api.notifications.service.gov.uk/v2/notifications/x",
                    "template", java.util.Map.of("id", TEMPLATE_ID, "version", 1,
                            "uri", "https://api.notifications.service.gov.uk/v2/template/" + TEMPLATE_ID)));
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(201, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
    }

    public static synchronized FakeGovUkNotify shared() {
        if (shared == null) {
            try {
                shared = new FakeGovUkNotify();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shared;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public List<Received> received() {
        return List.copyOf(received);
    }
}
