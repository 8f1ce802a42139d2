package org.opendoor.notify.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.opendoor.notify.delivery.DeliveryWorker;
import org.opendoor.notify.support.Notifications;
import org.opendoor.notify.support.NotifyTestResource;
import org.opendoor.notify.support.Referrals;

/**
 * A school's webhook is down: after three of its last four attempts failed its circuit opens, its notices wait
 * without attempts being counted (none is failed early), and once it is back they all go.
 */
@QuarkusTest
@QuarkusTestResource(NotifyTestResource.class)
class WebhookCircuitTest {
    private static final String RUTLAND = "E06000017";
    private static final String SECRET = "circuit-school-shared-secret-01";
    private static final String NOT_TRIED = "not tried: the recipient's circuit is open";

    @Inject
    DeliveryWorker worker;

    @Inject
    MeterRegistry registry;

    @Test
    void aRecipientThatIsDownIsLeftAloneWhileItsCircuitIsOpenAndItsNoticesGoWhenItIsBack() throws Exception {
        AtomicBoolean down = new AtomicBoolean(true);
        AtomicInteger calls = new AtomicInteger();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            exchange.getRequestBody().readAllBytes();
            calls.incrementAndGet();
            exchange.sendResponseHeaders(down.get() ? 503 : 204, -1);
            exchange.close();
        });
        receiver.start();
        double openedBefore = opened();
        List<UUID> referrals;
        worker.pause();
        try {
            String urn = Referrals.registerSchool(RUTLAND, "WEBHOOK",
                    "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook", SECRET);
            referrals = IntStream.range(0, 3).mapToObj(i -> encompassReferralFor(urn)).toList();
            for (UUID referral : referrals) {
                Awaitility.await().atMost(Duration.ofSeconds(30)).ignoreExceptions()
                        .until(() -> encompass(referral) != null);
            }
        } finally {
            worker.resume();
        }
        try {
            Awaitility.await("the circuit opened and a notice was put off untried").atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(50))
                    .until(() -> opened() > openedBefore && referrals.stream().map(this::encompass)
                            .anyMatch(n -> NOT_TRIED.equals(n.get("lastError"))));
            // the fourth failure opened it; retries already under way then still went (one per notice at most),
            // where without a breaker each notice would have had all three attempts and failed
            int atOpen = calls.get();
            List<Map<String, Object>> whileOpen = referrals.stream().map(this::encompass).toList();
            // back up before the circuit lets an attempt through again (on a loaded machine the checks below could
            // outlast the breaker's delay, and a half-open attempt to a recipient still down would be its last)
            down.set(false);
            assertThat(atOpen).isBetween(4, 6);
            assertThat(registry.find("opendoor_notify_circuits_open").tag("channel", "WEBHOOK").gauge().value())
                    .isGreaterThanOrEqualTo(1);
            for (Map<String, Object> notice : whileOpen) {
                assertThat(notice).containsEntry("status", "PENDING");
                assertThat((Integer) notice.get("attempts")).isLessThan(3);
            }

            for (UUID referral : referrals) {
                assertThat(Referrals.awaitFinal(referral, RUTLAND, "OPERATION_ENCOMPASS"))
                        .containsEntry("status", "SENT");
            }
            // nothing while it was open, then each notice once
            assertThat(calls).hasValue(atOpen + 3);
        } finally {
            receiver.stop(0);
        }
    }

    private double opened() {
        return registry.find("opendoor_notify_circuit_transitions_total").tag("channel", "WEBHOOK")
                .tag("state", "open").counter().count();
    }

    /** The referral's Operation Encompass notice, as a duty worker sees it (null before it is planned). */
    private Map<String, Object> encompass(UUID referral) {
        List<Map<String, Object>> found = Notifications.of(referral, RUTLAND)
                .getList("findAll { it.purpose == 'OPERATION_ENCOMPASS' }");
        return found.isEmpty() ? null : found.get(0);
    }

    private static UUID encompassReferralFor(String urn) {
        try {
            return Referrals.encompassReferralFor(urn, RUTLAND);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
