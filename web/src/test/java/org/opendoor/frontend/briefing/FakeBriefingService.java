package org.opendoor.frontend.briefing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A stand-in for briefing-service's API, on a port of its own, for the one test class that renders the briefing
 * pages end to end (the other tests keep every service unreachable). It answers as the README's contract says,
 * and keeps the last figures upload so the test can see what the page sent on.
 */
public class FakeBriefingService implements QuarkusTestResourceLifecycleManager {
    static final String BRIEFING_CSV = "area,month,section,measure,title,unit,value\nDDSCP,2020-06,contacts,contacts,Contacts,COUNT,1180\n";
    static final String MEASURE_CSV = "month,value,count,denominator,expected,usual_low,usual_high,excluded\n2020-06,1180,1180,,1602.4,1391,1829,false\n";
    static final String AREAS = """
            [{"code":"DDSCP","name":"Derby and Derbyshire Safeguarding Children Partnership","kind":"PARTNERSHIP","authorities":["E06000015","E10000007"]},
             {"code":"E10000007","name":"Derbyshire","kind":"AUTHORITY","authorities":["E10000007"]}]""";
    static final String MEASURES = """
            [{"id":"contacts","title":"Contacts","section":"contacts","unit":"COUNT","origin":"OPENDOOR","submittable":false},
             {"id":"police-domestic-abuse-incidents","title":"Domestic-abuse incidents reported to police","section":"domestic-abuse","unit":"COUNT","origin":"PARTNER","submittable":true},
             {"id":"camhs-referrals","title":"Referrals to CAMHS","section":"mental-health","unit":"COUNT","origin":"PARTNER","submittable":true}]""";
    static final String FIGURES = """
            [{"month":"2020-06","area":"E10000007","measure":"police-domestic-abuse-incidents","value":1575,"source":"Niche RMS",
              "submittedBy":"Sam Analyst","organisation":"Derbyshire Constabulary","submittedAt":"2020-07-03T09:15:00Z",
              "revisions":[{"value":1560,"source":"Niche RMS","submittedBy":"Sam Analyst","organisation":"Derbyshire Constabulary","submittedAt":"2020-07-01T08:00:00Z"}]}]""";
    static final String VIOLATIONS = """
            {"title":"Invalid figures","violations":[{"field":"row 3: value","message":"must be a number"},
             {"field":"row 5: area","message":"is not in your partnership"}]}""";

    static volatile String lastUpload;
    static volatile String lastUploadType;
    static volatile String lastAuthorization;

    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        server.createContext("/api/v1/", this::answer);
        server.start();
        return Map.of("quarkus.rest-client.briefing.url", "http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String query = exchange.getRequestURI().getQuery();
        boolean csv = String.valueOf(exchange.getRequestHeaders().getFirst("Accept")).contains("text/csv");
        lastAuthorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (path.equals("/api/v1/briefings/areas")) {
            send(exchange, 200, "application/json", AREAS);
        } else if (path.equals("/api/v1/briefings/2020-06/measures/contacts") && csv) {
            send(exchange, 200, "text/csv", MEASURE_CSV);
        } else if (path.equals("/api/v1/briefings/2020-06") && "area=DDSCP".equals(query)) {
            send(exchange, 200, csv ? "text/csv" : "application/json", csv ? BRIEFING_CSV : BriefingFixture.json());
        } else if (path.equals("/api/v1/briefings/2020-05") && "area=DDSCP".equals(query)) {
            send(exchange, 200, "application/json", BriefingFixture.json().replace("\"complete\": true", "\"complete\": false"));
        } else if (path.startsWith("/api/v1/briefings/")) {
            // another partnership's area, as the service answers it
            send(exchange, 403, "application/json", "{\"title\":\"Forbidden\"}");
        } else if (path.equals("/api/v1/measures")) {
            send(exchange, 200, "application/json", MEASURES);
        } else if (path.equals("/api/v1/figures") && exchange.getRequestMethod().equals("POST")) {
            lastUploadType = exchange.getRequestHeaders().getFirst("Content-Type");
            lastUpload = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            if (lastUpload.contains("not-a-number")) {
                send(exchange, 400, "application/json", VIOLATIONS);
            } else {
                send(exchange, 200, "application/json", "{\"received\":120,\"added\":118,\"corrected\":2,\"unchanged\":0}");
            }
        } else if (path.equals("/api/v1/figures")) {
            send(exchange, 200, "application/json", FIGURES);
        } else {
            send(exchange, 404, "application/json", "{}");
        }
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
