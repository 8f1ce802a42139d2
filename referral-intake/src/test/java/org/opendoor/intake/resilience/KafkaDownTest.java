package org.opendoor.intake.resilience;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.opendoor.intake.TestRequests.SCHOOL_REFERRAL;
import static org.opendoor.intake.TestRequests.submit;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.net.URL;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.opendoor.infra.FreePort;
import org.opendoor.infra.KafkaBroker;
import org.opendoor.infra.TestInfrastructure;
import org.opendoor.messaging.KafkaClients;
import org.opendoor.model.EventEnvelope;
import org.opendoor.model.Topics;

/**
 * Kafka down: intake keeps accepting, the outbox backlog metrics show what waits, and when the broker comes
 * up every event is published: at least once, each copy with its one event id, so idempotent consumers apply it
 * once. Uses a broker of its own (not the shared one, which other tests need):
 * intake starts pointed at a port where nothing listens yet, then the test starts a broker there.
 */
@QuarkusTest
@TestProfile(KafkaDownTest.OwnBroker.class)
class KafkaDownTest {
    /** On the management interface: /q/* is not on the public port. */
    @TestHTTPResource(value = "/", management = true)
    URL management;

    private URL metrics() {
        return TestInfrastructure.at(management, "/q/metrics");
    }

    static final int PORT = FreePort.find();
    private static KafkaBroker broker;

    public static class OwnBroker implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new HashMap<>(TestInfrastructure.shared().serviceConfig());
            config.put("kafka.bootstrap.servers", "127.0.0.1:" + PORT);
            return config;
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }
    }

    @AfterAll
    static void stopBroker() {
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void referralsAreAcceptedWhileKafkaIsDownAndEachEventIsPublishedWhenItIsBack() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(submit("school", "URN:100001", SCHOOL_REFERRAL));
        }
        awaitMetric("opendoor_outbox_backlog_events", v -> v >= 3, "backlog of at least 3");
        awaitMetric("opendoor_outbox_oldest_age_seconds", v -> v > 0, "an oldest age");

        broker = KafkaBroker.start(Files.createTempDirectory("intake-kafka-down-"), PORT, true);

        awaitMetric("opendoor_outbox_backlog_events", v -> v == 0, "the backlog drained");
        // referralId -> the event ids published for it; the relay is at-least-once, so a batch cut short while the
        // broker came up may be sent again: copies carry the same event id and idempotent consumers apply it once
        Map<String, java.util.Set<UUID>> seen = new HashMap<>();
        try (KafkaConsumer<String, String> consumer = KafkaClients.consumer(broker.bootstrapServers(),
                "test-" + UUID.randomUUID())) {
            consumer.subscribe(List.of(Topics.REFERRAL_RECEIVED));
            Awaitility.await("every referral's event published").atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ZERO).until(() -> {
                        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                            record(seen, record.value());
                        }
                        return seen.keySet().containsAll(ids);
                    });
            // one more poll to catch a duplicate that might trail
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                record(seen, record.value());
            }
        }
        for (String id : ids) {
            assertThat(seen.get(id)).as("distinct events published for referral %s", id).hasSize(1);
        }
    }

    private static void record(Map<String, java.util.Set<UUID>> seen, String value) {
        EventEnvelope event = EventEnvelope.fromJson(value);
        seen.computeIfAbsent(event.referralId().toString(), k -> new java.util.HashSet<>()).add(event.eventId());
    }

    private void awaitMetric(String name, java.util.function.DoublePredicate test, String what) {
        Pattern line = Pattern.compile("(?m)^" + name + "(?:\\{[^}]*\\})? ([0-9.eE+-]+)$");
        Awaitility.await("metric " + name + " showing " + what).atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(250)).until(() -> {
                    Matcher m = line.matcher(given().when().get(metrics()).then().statusCode(200).extract()
                            .asString());
                    return m.find() ? Double.parseDouble(m.group(1)) : null;
                }, value -> value != null && test.test(value));
    }

}
