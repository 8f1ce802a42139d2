package org.opendoor.triage.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.opendoor.infra.OpenDoorTestResource;
import org.opendoor.infra.TestInfrastructure;
import org.opendoor.messaging.KafkaClients;
import org.opendoor.model.EventEnvelope;
import org.opendoor.model.EventType;
import org.opendoor.model.Topics;
import org.opendoor.triage.Referrals;

/**
 * Events that arrive together are triaged in shared transactions (fewer commits), and a poison event among them
 * changes nothing for its neighbours: each good one is triaged exactly once and the poison one is parked.
 */
@QuarkusTest
@QuarkusTestResource(OpenDoorTestResource.class)
class BatchedConsumptionTest {
    private static final int REFERRALS = 40;
    private static final UUID POISON_CORRELATION = UUID.randomUUID();

    @Inject
    AgroalDataSource dataSource;

    @Test
    void eventsArrivingTogetherShareTransactions() throws Exception {
        List<EventEnvelope> events = send(REFERRALS, -1);

        awaitCases(events);
        assertThat(distinctTransactions(events))
                .as("%d events handled in fewer transactions than events", REFERRALS).isLessThan(REFERRALS);
    }

    @Test
    void aPoisonEventAmongThemIsParkedAndEveryOtherEventIsTriagedOnce() throws Exception {
        List<EventEnvelope> events = send(REFERRALS, REFERRALS / 2);

        awaitCases(events);
        assertThat(cases(events)).isEqualTo(REFERRALS); // referral_id is unique: exactly one case each
        assertThat(count("SELECT count(*) FROM processed_event WHERE consumer = 'triage-service' AND event_id = ANY (?)",
                events.stream().map(EventEnvelope::eventId).toList())).isEqualTo(REFERRALS);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (poisonParked() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(poisonParked()).isEqualTo(1);
    }

    /** Sends the referrals in one burst; at {@code poisonAt} a ReferralReceived that names another referral. */
    private List<EventEnvelope> send(int count, int poisonAt) throws Exception {
        List<EventEnvelope> events = new ArrayList<>();
        try (KafkaProducer<String, String> producer = KafkaClients.producer(
                TestInfrastructure.shared().bootstrapServers(), "batch-test")) {
            String key = UUID.randomUUID().toString(); // one partition, so one consumer poll sees them together
            for (int i = 0; i < count; i++) {
                if (i == poisonAt) {
                    Referrals other = Referrals.aReferral();
                    EventEnvelope poison = EventEnvelope.of(EventType.REFERRAL_RECEIVED, UUID.randomUUID(),
                            POISON_CORRELATION, other.build(), Instant.now());
                    producer.send(new ProducerRecord<>(Topics.REFERRAL_RECEIVED, key, poison.toJson()));
                }
                EventEnvelope event = Referrals.aReferral().event();
                events.add(event);
                producer.send(new ProducerRecord<>(Topics.REFERRAL_RECEIVED, key, event.toJson()));
            }
            producer.flush();
        }
        return events;
    }

    private void awaitCases(List<EventEnvelope> events) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (cases(events) < events.size()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Only " + cases(events) + " of " + events.size() + " triaged");
            }
            Thread.sleep(100);
        }
    }

    private int cases(List<EventEnvelope> events) throws SQLException {
        return count("SELECT count(*) FROM duty_case WHERE referral_id = ANY (?)",
                events.stream().map(EventEnvelope::referralId).toList());
    }

    /** now() is the transaction's start time, so events handled in one transaction share a processed_at. */
    private int distinctTransactions(List<EventEnvelope> events) throws SQLException {
        return count("SELECT count(DISTINCT processed_at) FROM processed_event "
                + "WHERE consumer = 'triage-service' AND event_id = ANY (?)",
                events.stream().map(EventEnvelope::eventId).toList());
    }

    private int poisonParked() throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(
                "SELECT count(*) FROM dead_letter WHERE consumer = 'triage-service' AND reason LIKE '%but its payload names%'"
                        + " AND payload LIKE ?")) {
            q.setString(1, "%" + POISON_CORRELATION + "%");
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private int count(String sql, List<UUID> uuids) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            Array ids = c.createArrayOf("uuid", uuids.toArray());
            q.setArray(1, ids);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
