package org.opendoor.triage.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.opendoor.infra.OpenDoorTestResource;
import org.opendoor.infra.TestInfrastructure;
import org.opendoor.messaging.KafkaClients;
import org.opendoor.model.EventEnvelope;
import org.opendoor.model.EventType;
import org.opendoor.model.Priority;
import org.opendoor.model.ReferralReceived;
import org.opendoor.model.ReferralSource;
import org.opendoor.model.ReferralTriaged;
import org.opendoor.model.Topics;

@QuarkusTest
@QuarkusTestResource(OpenDoorTestResource.class)
class ReferralReceivedHandlerTest {
    @Inject
    AgroalDataSource dataSource;

    @Test
    void theSameEventDeliveredTwiceMakesOneCaseAndOneTriagedEvent() throws Exception {
        UUID referralId = UUID.randomUUID();
        EventEnvelope event = EventEnvelope.of(EventType.REFERRAL_RECEIVED, referralId, null,
                referral(referralId, true), Instant.now());

        try (KafkaProducer<String, String> producer = KafkaClients.producer(bootstrap(), "test")) {
            for (int i = 0; i < 2; i++) {
                producer.send(new ProducerRecord<>(Topics.REFERRAL_RECEIVED, referralId.toString(), event.toJson()))
                        .get(10, TimeUnit.SECONDS);
            }
        }

        List<ReferralTriaged> triaged = triagedEventsFor(referralId, Duration.ofSeconds(15));
        assertThat(triaged).hasSize(1);
        assertThat(triaged.get(0).priority()).isEqualTo(Priority.RED);
        assertThat(casesFor(referralId)).isEqualTo(1);
    }

    @Test
    void aReferralOnTheTopicAppearsInTheRightQueueWithinASecond() throws Exception {
        String token = TestInfrastructure.shared().tokens().mint("duty_worker", "ORG:LA-E06000015", "E06000015",
                "derby-front-door");
        // the first event waits for the consumer group to form; the second measures steady-state latency
        publishAndAwait(org.opendoor.triage.Referrals.aReferral().postcode("DE22 1AA"), token);
        org.opendoor.triage.Referrals referral = org.opendoor.triage.Referrals.aReferral()
                .with(org.opendoor.model.Indicator.SOUNDS_OF_VIOLENCE).postcode("DE22 1AA");

        long start = System.nanoTime();
        io.restassured.response.Response found = publishAndAwait(referral, token);
        long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();

        System.out.printf("Referral visible in the Derby queue %d ms after publishing%n", millis);
        assertThat(found.statusCode()).isEqualTo(200);
        assertThat(found.jsonPath().getString("team")).isEqualTo("derby-front-door");
        assertThat(found.jsonPath().getString("priority")).isEqualTo("AMBER");
        assertThat(found.jsonPath().getString("decisionDueAt")).isNotNull();
        assertThat(found.jsonPath().getList("rulesFired.explanation")).isNotEmpty();
        assertThat(millis).as("visible in the queue within a second").isLessThan(1000);
    }

    private static io.restassured.response.Response publishAndAwait(org.opendoor.triage.Referrals referral,
            String token) throws Exception {
        long start = System.nanoTime();
        try (KafkaProducer<String, String> producer = KafkaClients.producer(bootstrap(), "test")) {
            producer.send(new ProducerRecord<>(Topics.REFERRAL_RECEIVED, referral.referralId.toString(),
                    referral.event().toJson())).get(10, TimeUnit.SECONDS);
        }
        io.restassured.response.Response found = null;
        while (System.nanoTime() - start < Duration.ofSeconds(20).toNanos()) {
            found = io.restassured.RestAssured.given().auth().oauth2(token)
                    .get("/api/v1/cases/by-referral/" + referral.referralId);
            if (found.statusCode() == 200) {
                break;
            }
            Thread.sleep(10);
        }
        return found;
    }

    static ReferralReceived referral(UUID id, boolean immediateDanger) {
        return new ReferralReceived(id, "OD-2026-900001", Instant.now(), ReferralSource.SCHOOL, "2A", "URN:100001",
                List.of(new ReferralReceived.Child("Amy", "Canary", LocalDate.of(2018, 3, 1), null, null, null, null,
                        new ReferralReceived.Address(null, null, null, "LE11 3TU"), "100001", false)),
                new ReferralReceived.Concern("Worried", List.of(), List.of(), immediateDanger, null), null, null, false, null);
    }

    private int casesFor(UUID referralId) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement q = c.prepareStatement("SELECT count(*) FROM duty_case WHERE referral_id = ?")) {
            q.setObject(1, referralId);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** Reads the triaged topic for a while, so that a duplicate would be seen too. */
    private static List<ReferralTriaged> triagedEventsFor(UUID referralId, Duration within) {
        List<ReferralTriaged> found = new java.util.ArrayList<>();
        try (KafkaConsumer<String, String> consumer = KafkaClients.consumer(bootstrap(), "test-" + UUID.randomUUID())) {
            consumer.subscribe(List.of(Topics.REFERRAL_TRIAGED));
            long deadline = System.nanoTime() + within.toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    if (r.key().equals(referralId.toString())) {
                        found.add(EventEnvelope.fromJson(r.value()).payloadAs(ReferralTriaged.class));
                    }
                }
                if (!found.isEmpty() && System.nanoTime() > deadline - within.toNanos() / 2) {
                    break;
                }
            }
        }
        return found;
    }

    private static String bootstrap() {
        return TestInfrastructure.shared().bootstrapServers();
    }
}
