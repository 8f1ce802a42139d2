package org.opendoor.notify.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.opendoor.notify.delivery.DeliveryChannel;
import org.opendoor.notify.delivery.DeliveryConfig;
import org.opendoor.notify.delivery.DeliveryWorker;
import org.opendoor.notify.delivery.PendingDeliveries;
import org.opendoor.notify.delivery.RecipientCircuits;
import org.opendoor.notify.directory.Directory;
import org.opendoor.notify.support.NotifyTestResource;
import org.opendoor.notify.support.Referrals;

/**
 * Two workers share the queue, as two instances of the service do, and a school's webhook takes six seconds to
 * answer, longer than the claim lease used to be (five seconds in tests, twenty in production): each notice still
 * reaches it exactly once.
 */
@QuarkusTest
@QuarkusTestResource(NotifyTestResource.class)
class SlowWebhookTest {
    private static final String RUTLAND = "E06000017";
    private static final String SECRET = "slow-school-shared-secret-0123";

    @Inject
    DeliveryWorker serviceWorker;

    @Inject
    PendingDeliveries pending;

    @Inject
    Directory directory;

    @Inject
    DeliveryConfig config;

    @Inject
    RecipientCircuits circuits;

    @Inject
    Instance<DeliveryChannel> channels;

    @Test
    void twoWorkersDeliverEachNoticeToASlowWebhookExactlyOnce() throws Exception {
        Map<String, AtomicInteger> callsPerDelivery = new ConcurrentHashMap<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.setExecutor(Executors.newCachedThreadPool());
        receiver.createContext("/slow-hook", exchange -> {
            exchange.getRequestBody().readAllBytes();
            callsPerDelivery.computeIfAbsent(exchange.getRequestHeaders().getFirst(WebhookSignature.DELIVERY_ID_HEADER),
                    id -> new AtomicInteger()).incrementAndGet();
            try {
                Thread.sleep(6_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        DeliveryWorker first = new DeliveryWorker(pending, directory, config, circuits, channels);
        DeliveryWorker second = new DeliveryWorker(pending, directory, config, circuits, channels);
        serviceWorker.pause();
        try {
            String urn = Referrals.registerSchool(RUTLAND, "WEBHOOK",
                    "http://127.0.0.1:" + receiver.getAddress().getPort() + "/slow-hook", SECRET);
            List<UUID> referrals = IntStream.range(0, 3).mapToObj(i -> encompassReferralFor(urn)).toList();
            first.resume();
            second.resume();

            List<String> ids = referrals.stream()
                    .map(r -> Referrals.awaitFinal(r, RUTLAND, "OPERATION_ENCOMPASS"))
                    .peek(notice -> assertThat(notice).containsEntry("status", "SENT").containsEntry("attempts", 1))
                    .map(notice -> notice.get("id").toString()).toList();
            // a second worker's copy would have been sent when the first one's lease ran out, well before now
            Awaitility.await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10))
                    .untilAsserted(() -> assertThat(callsPerDelivery).containsOnlyKeys(ids)
                            .allSatisfy((id, calls) -> assertThat(calls).hasValue(1)));
        } finally {
            first.pause();
            second.pause();
            serviceWorker.resume();
            receiver.stop(0);
        }
    }

    private static UUID encompassReferralFor(String urn) {
        try {
            return Referrals.encompassReferralFor(urn, RUTLAND);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
