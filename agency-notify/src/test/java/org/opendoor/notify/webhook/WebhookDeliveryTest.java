package org.opendoor.notify.webhook;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opendoor.infra.TestInfrastructure;
import org.opendoor.model.Json;
import org.opendoor.model.NotificationSettled;
import org.opendoor.notify.support.Mail;
import org.opendoor.notify.support.NotifyTestResource;
import org.opendoor.notify.support.Referrals;
import org.opendoor.notify.support.SettledEvents;

@QuarkusTest
@QuarkusTestResource(NotifyTestResource.class)
class WebhookDeliveryTest {
    private static final String RUTLAND = "E06000017";
    private static final String SECRET = "school-shared-secret-0123456789";

    record Call(byte[] body, String signature, String deliveryId) {
    }

    @Inject
    AgroalDataSource dataSource;

    private HttpServer receiver;
    private final List<Call> calls = new CopyOnWriteArrayList<>();

    @AfterEach
    void stopReceiver() {
        if (receiver != null) {
            receiver.stop(0);
        }
    }

    @Test
    void aWebhookFailingTwiceThenSucceedingIsSentOnceAfterThreeSignedAttemptsWithOneDeliveryId() throws Exception {
        AtomicInteger answered = new AtomicInteger();
        String url = startReceiver(() -> answered.incrementAndGet() <= 2 ? 503 : 200);
        String urn = registerWebhookSchool(url);
        UUID referralId = encompassReferralFor(urn);

        Map<String, Object> notice = awaitFinal(referralId, "OPERATION_ENCOMPASS");
        assertThat(notice).containsEntry("status", "SENT").containsEntry("attempts", 3)
                .containsEntry("channel", "WEBHOOK").containsEntry("recipient", url);
        assertThat(calls).hasSize(3);
        assertThat(calls).extracting(Call::deliveryId).containsOnly(notice.get("id").toString());
        for (Call call : calls) {
            assertThat(WebhookSignature.verifies(call.body(), SECRET, call.signature())).isTrue();
            assertThat(WebhookSignature.verifies(call.body(), "another-secret-0123456789", call.signature()))
                    .isFalse();
        }
        Map<?, ?> body = Json.read(new String(calls.get(2).body(), java.nio.charset.StandardCharsets.UTF_8),
                Map.class);
        assertThat(body.get("purpose")).isEqualTo("OPERATION_ENCOMPASS");
        assertThat(((Map<?, ?>) body.get("data")).keySet().stream().map(String::valueOf).toList()).containsExactlyInAnyOrder("children",
                "policeReference", "incidentAt", "location", "childrenPresent", "voiceOfChild", "circumstances");
    }

    @Test
    void aWebhookThatNeverAnswersWellEndsFailedAndTheDutyManagerIsAlerted() throws Exception {
        String url = startReceiver(() -> 500);
        String urn = registerWebhookSchool(url);
        UUID referralId = encompassReferralFor(urn);

        Map<String, Object> notice = awaitFinal(referralId, "OPERATION_ENCOMPASS");
        assertThat(notice).containsEntry("status", "FAILED").containsEntry("attempts", 3);
        assertThat(notice.get("lastError").toString()).contains("webhook answered 500");
        assertThat(calls).hasSize(3);
        assertThat(alertsAbout(url)).hasSize(1);
        // settled once, in the transaction that gave up on it
        List<SettledEvents.Row> settled = SettledEvents.of(dataSource, referralId, "OPERATION_ENCOMPASS");
        assertThat(settled).extracting(r -> r.settled().outcome()).containsExactly(NotificationSettled.Outcome.FAILED);
        assertThat(settled.get(0).settled().notificationId()).hasToString(notice.get("id").toString());
        assertThat(settled.get(0).settled().sentAt()).isNull();
        assertThat(settled.get(0).json()).doesNotContain(url);
    }

    /** Duty-manager alerts naming the failed recipient, once one came and a duplicate would have. */
    private static List<String> alertsAbout(String url) {
        Awaitility.await("a duty-manager alert about " + url).atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(200)).until(() -> !alertsSoFar(url).isEmpty());
        // a duplicate would follow within a second (alerts only grow)
        Awaitility.await().pollDelay(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(alertsSoFar(url)).hasSize(1));
        return alertsSoFar(url);
    }

    private static List<String> alertsSoFar(String url) {
        return Mail.matching("duty-manager@rutland.opendoor.local", "OPERATION_ENCOMPASS notification could not")
                .stream().map(m -> m.body()).filter(b -> b.contains("Recipient: " + url)).toList();
    }

    @Test
    void aRefusedWebhookIsNotRetried() throws Exception {
        String url = startReceiver(() -> 410);
        UUID referralId = encompassReferralFor(registerWebhookSchool(url));
        assertThat(awaitFinal(referralId, "OPERATION_ENCOMPASS")).containsEntry("status", "FAILED")
                .containsEntry("attempts", 1);
        assertThat(calls).hasSize(1);
    }

    @Test
    void theDirectoryAdminApiValidatesEntriesAndIsForRulesAdministratorsOnly() {
        String admin = TestInfrastructure.shared().tokens().mint("rules_admin", "ORG:LLR-SAFEGUARDING-PARTNERSHIP",
                null, null, "LLR");
        given().auth().oauth2(admin).contentType("application/json")
                .body(Map.of("name", "", "localAuthority", "E99999999", "channel", "WEBHOOK",
                        "address", "ftp://nowhere", "secret", "short"))
                .when().put("/api/v1/directory/SCHOOL_DSL/12AB").then().statusCode(400)
                .contentType("application/problem+json").body("violations.field",
                        org.hamcrest.Matchers.hasItems("key", "localAuthority", "name", "address", "secret"));
        given().auth().oauth2(admin).when().get("/api/v1/directory/SCHOOL_DSL/12AB").then().statusCode(404);
        given().auth().oauth2(admin).when().get("/api/v1/directory/NOT_A_KIND").then().statusCode(404);
        given().auth().oauth2(TestInfrastructure.shared().tokens().mint("duty_manager", null, RUTLAND, null))
                .contentType("application/json").body(Map.of("name", "x")).when()
                .put("/api/v1/directory/SCHOOL_DSL/100003").then().statusCode(403);
        given().auth().oauth2(admin).when().get("/api/v1/directory/SCHOOL_DSL").then().statusCode(200)
                .body("key", org.hamcrest.Matchers.hasItems("100001", "100002", "100003", "200001", "200002"))
                .body("find { it.key == '100003' }.address",
                        org.hamcrest.Matchers.equalTo("dsl@100003.schools.opendoor.local"));
    }

    private String startReceiver(java.util.function.IntSupplier status) throws Exception {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            calls.add(new Call(exchange.getRequestBody().readAllBytes(),
                    exchange.getRequestHeaders().getFirst(WebhookSignature.HEADER),
                    exchange.getRequestHeaders().getFirst(WebhookSignature.DELIVERY_ID_HEADER)));
            exchange.sendResponseHeaders(status.getAsInt(), -1);
            exchange.close();
        });
        receiver.start();
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
    }

    private static String registerWebhookSchool(String url) {
        return Referrals.registerSchool(RUTLAND, "WEBHOOK", url, SECRET);
    }

    private static UUID encompassReferralFor(String urn) throws Exception {
        return Referrals.encompassReferralFor(urn, RUTLAND);
    }

    private static Map<String, Object> awaitFinal(UUID referralId, String purpose) throws InterruptedException {
        return Referrals.awaitFinal(referralId, RUTLAND, purpose);
    }
}
