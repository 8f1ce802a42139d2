package org.opendoor.notify.referral;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.opendoor.messaging.ConsumerSettings;
import org.opendoor.messaging.Inbox;
import org.opendoor.model.EventEnvelope;
import org.opendoor.model.EventType;
import org.opendoor.model.ReferralReceived;
import org.opendoor.notify.support.Events;
import org.opendoor.notify.support.NotifyTestResource;

/**
 * The shared inbox is plain JDBC and the referral records are entities; in a handler's transaction both use one
 * connection, so they are kept together or lost together.
 */
@QuarkusTest
@QuarkusTestResource(NotifyTestResource.class)
class OneTransactionTest {
    @Inject
    ConsumerSettings consumer;

    @Inject
    ReferralRecords records;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    UserTransaction transaction;

    @Test
    void theInboxRowAndTheEntitiesOfAHandlerRolledBackAreBothGoneAndTheEventIsNewAgain() throws Exception {
        UUID referralId = UUID.randomUUID();
        ReferralReceived referral = Events.publicReferral(referralId, "OD-2026-000007");
        EventEnvelope event = Events.envelope(EventType.REFERRAL_RECEIVED, referralId, referral, Instant.now());

        transaction.begin();
        try {
            assertThat(firstDelivery(event)).isTrue();
            records.save(ReferralFacts.of(referral));
            Panache.getEntityManager().flush();
            // plain JDBC in the same transaction sees the entity's row: it is the same connection
            try (Connection c = dataSource.getConnection()) {
                assertThat(count(c, "SELECT count(*) FROM referral_record WHERE referral_id = ?", referralId))
                        .isEqualTo(1);
            }
        } finally {
            transaction.rollback();
        }

        try (Connection c = dataSource.getConnection()) {
            assertThat(count(c, "SELECT count(*) FROM referral_record WHERE referral_id = ?", referralId)).isZero();
            assertThat(count(c, "SELECT count(*) FROM processed_event WHERE event_id = ?", event.eventId()))
                    .isZero();
        }
        transaction.begin();
        try {
            assertThat(firstDelivery(event)).isTrue();
            assertThat(records.find(referralId)).isEmpty();
        } finally {
            transaction.rollback();
        }
    }

    /** The consumer's inbox guard, on the transaction's connection. */
    private boolean firstDelivery(EventEnvelope event) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            return Inbox.firstDelivery(c, consumer.group(), event.eventId());
        }
    }

    private static int count(Connection c, String sql, UUID id) throws Exception {
        try (PreparedStatement q = c.prepareStatement(sql)) {
            q.setObject(1, id);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
