package org.opendoor.notify.support;

import static io.restassured.RestAssured.given;

import io.agroal.api.AgroalDataSource;
import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.opendoor.infra.TestInfrastructure;

/** A referral's notifications as duty staff see them through the API, and when notify has handled an event. */
public final class Notifications {
    private Notifications() {
    }

    public static String token(String role, String la) {
        return TestInfrastructure.shared().tokens().mint(role, null, la, null);
    }

    /** The referral's notifications as a duty worker of the authority sees them (200 expected). */
    public static JsonPath of(UUID referralId, String la) {
        return given().auth().oauth2(token("duty_worker", la)).queryParam("referralId", referralId.toString())
                .when().get("/api/v1/notifications").then().statusCode(200).extract().jsonPath();
    }

    /** Polls the API until the referral has at least {@code count} notifications, none of them PENDING. */
    public static JsonPath awaitSettled(UUID referralId, String la, int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        String last = null;
        while (System.nanoTime() < deadline) {
            var answer = given().auth().oauth2(token("duty_worker", la))
                    .queryParam("referralId", referralId.toString()).when().get("/api/v1/notifications")
                    .then().extract();
            if (answer.statusCode() == 200) {
                JsonPath json = answer.jsonPath();
                List<String> statuses = json.getList("status", String.class);
                if (statuses.size() >= count && !statuses.contains("PENDING")) {
                    return json;
                }
                last = json.prettify();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("Notifications not settled: " + last);
    }

    /**
     * Waits until notify has handled the event: its inbox row commits with everything the event planned, so what
     * the API shows afterwards is all the event will ever add.
     */
    public static void awaitHandled(AgroalDataSource dataSource, UUID eventId) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            if (handled(dataSource, eventId)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("Event " + eventId + " was not handled");
    }

    /** How many notifications the list has of each "PURPOSE -> recipient". */
    public static Map<String, Integer> perPurposeAndRecipient(JsonPath notifications) {
        Map<String, Integer> counts = new TreeMap<>();
        List<String> purposes = notifications.getList("purpose", String.class);
        List<String> recipients = notifications.getList("recipient", String.class);
        for (int i = 0; i < purposes.size(); i++) {
            counts.merge(purposes.get(i) + " -> " + recipients.get(i), 1, Integer::sum);
        }
        return counts;
    }

    /** Why notify dead-lettered the event, if it did. */
    public static Optional<String> deadLetterReason(AgroalDataSource dataSource, UUID eventId) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(
                "SELECT reason FROM dead_letter WHERE consumer = 'agency-notify' AND payload LIKE ?")) {
            q.setString(1, "%" + eventId + "%");
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    private static boolean handled(AgroalDataSource dataSource, UUID eventId) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(
                "SELECT 1 FROM processed_event WHERE consumer = 'agency-notify' AND event_id = ?")) {
            q.setObject(1, eventId);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next();
            }
        }
    }
}
