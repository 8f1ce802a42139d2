package org.opendoor.briefing.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.junit.jupiter.api.Test;
import org.opendoor.infra.OpenDoorTestResource;
import org.opendoor.infra.TestInfrastructure;
import org.opendoor.messaging.ConsumerSettings;
import org.opendoor.messaging.DeadLetters;
import org.opendoor.messaging.EventConsumerLoop;
import org.opendoor.messaging.EventRoutes;
import org.opendoor.messaging.KafkaClients;
import org.opendoor.messaging.TransactionRunner;
import org.opendoor.model.EventEnvelope;
import org.opendoor.model.EventType;
import org.opendoor.model.NotificationSettled;
import org.opendoor.model.Topics;

/**
 * A consumer loop never dies quietly (issue 15), on the real broker and database: an event that keeps failing for
 * a reason other than poison is dead-lettered after its attempts and the partition moves on; a Kafka consumer that
 * fails is built again, and readiness says the loop is not consuming meanwhile.
 */
@QuarkusTest
@QuarkusTestResource(OpenDoorTestResource.class)
class ConsumerResilienceTest {
    /** On the management interface: /q/* is not on the public port. */
    @TestHTTPResource(value = "/", management = true)
    URL management;

    private URL ready() {
        return TestInfrastructure.at(management, "/q/health/ready");
    }

    private static final String STUCK = "TEST_STUCK";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    UserTransaction transaction;

    @Test
    void anEventThatKeepsFailingIsDeadLetteredAfterItsAttemptsAndThePartitionMovesOn() throws Exception {
        // a real database refusal, not poison: the notice table refuses this one purpose
        sql("""
                CREATE OR REPLACE FUNCTION refuse_stuck_notice() RETURNS trigger AS $$
                BEGIN IF NEW.purpose = 'TEST_STUCK' THEN RAISE EXCEPTION 'refused for the test'; END IF;
                RETURN NEW; END $$ LANGUAGE plpgsql""",
                "CREATE TRIGGER refuse_stuck BEFORE INSERT ON notice FOR EACH ROW EXECUTE FUNCTION refuse_stuck_notice()");
        try {
            UUID referral = UUID.randomUUID();
            NotificationSettled stuck = settled(referral, STUCK);
            NotificationSettled behind = settled(referral, "MARAC_REFERRAL");
            try (KafkaProducer<String, String> producer = KafkaClients.producer(
                    TestInfrastructure.shared().bootstrapServers(), "resilience-test")) {
                for (NotificationSettled s : List.of(stuck, behind)) {
                    producer.send(new ProducerRecord<>(Topics.NOTIFICATION_SETTLED, referral.toString(),
                            EventEnvelope.of(EventType.NOTIFICATION_SETTLED, referral, null, s, Instant.now())
                                    .toJson())).get(10, TimeUnit.SECONDS);
                }
            }
            await("the event behind it on the same partition is handled").atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(200)).until(() -> notices(behind.notificationId()) == 1);
            given().auth().oauth2(TestInfrastructure.shared().tokens().mint("rules_admin", "ORG:OPS", null, null))
                    .queryParam("limit", 500).get("/api/v1/admin/dead-letters").then().statusCode(200)
                    .body("find { it.key == '" + referral + "' }.reason", startsWith("Failed 3 times; the last time: "))
                    .body("findAll { it.key == '" + referral + "' }.size()", equalTo(1));
            assertThat(notices(stuck.notificationId())).isZero();
        } finally {
            sql("DROP TRIGGER refuse_stuck ON notice", "DROP FUNCTION refuse_stuck_notice()");
        }
    }

    @Test
    void aConsumerThatFailsIsBuiltAgainAndReadinessSaysSoMeanwhile() throws Exception {
        String group = "resilience-" + UUID.randomUUID();
        ConsumerSettings settings = ConsumerSettings.withDefaults(group);
        AtomicInteger built = new AtomicInteger();
        List<UUID> handled = new CopyOnWriteArrayList<>();
        // the first two consumers cannot be built (as when Kafka's address does not resolve); then the real one
        java.util.function.Supplier<Consumer<String, String>> consumers = () -> {
            if (built.incrementAndGet() <= 2) {
                throw new KafkaException("Failed to construct kafka consumer (for the test)");
            }
            return KafkaClients.consumer(Map.of("bootstrap.servers", TestInfrastructure.shared().bootstrapServers()),
                    settings);
        };
        EventRoutes routes = new EventRoutes(group).on(EventType.NOTIFICATION_SETTLED, NotificationSettled.class,
                (connection, event, payload) -> handled.add(payload.notificationId()));
        try (KafkaProducer<String, String> producer = KafkaClients.producer(
                TestInfrastructure.shared().bootstrapServers(), "resilience-test");
                EventConsumerLoop loop = new EventConsumerLoop(settings, consumers, routes,
                        TransactionRunner.jta(transaction), dataSource, new DeadLetters(dataSource, producer, group))) {
            loop.start();
            await("readiness says the loop is rebuilding").atMost(Duration.ofSeconds(5))
                    .pollInterval(Duration.ofMillis(10)).until(() -> !loop.health().up()
                            && loop.health().state().startsWith("rebuilding the consumer after KafkaException"));
            await("a consumer is built and polls").atMost(Duration.ofSeconds(30)).until(() -> loop.health().up());
            assertThat(loop.rebuilds()).isEqualTo(2);

            UUID referral = UUID.randomUUID();
            NotificationSettled s = settled(referral, "MARAC_REFERRAL");
            producer.send(new ProducerRecord<>(Topics.NOTIFICATION_SETTLED, referral.toString(),
                    EventEnvelope.of(EventType.NOTIFICATION_SETTLED, referral, null, s, Instant.now()).toJson()))
                    .get(10, TimeUnit.SECONDS);
            await("the rebuilt consumer handles events").atMost(Duration.ofSeconds(30))
                    .until(() -> handled.contains(s.notificationId()));
        }
    }

    @Test
    void readinessIncludesTheServicesConsumers() {
        given().get(ready()).then().statusCode(200)
                .body("checks.find { it.name == 'event consumers' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'event consumers' }.data.briefing-service", startsWith("polling"));
    }

    private static NotificationSettled settled(UUID referral, String purpose) {
        Instant now = Instant.now();
        return new NotificationSettled(referral, UUID.randomUUID(), "OD-TEST", "E06000017", purpose,
                NotificationSettled.Outcome.SENT, now, now, now);
    }

    private int notices(UUID notificationId) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement q = c.prepareStatement("SELECT count(*) FROM notice WHERE notification_id = ?")) {
            q.setObject(1, notificationId);
            try (ResultSet r = q.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    private void sql(String... statements) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }
}
