package org.opendoor.notify.triage;

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
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.opendoor.infra.Mailbox;
import org.opendoor.infra.OpenDoorTestResource;
import org.opendoor.infra.TestInfrastructure;
import org.opendoor.messaging.KafkaClients;
import org.opendoor.model.CaseStatus;
import org.opendoor.model.EventEnvelope;
import org.opendoor.model.EventType;
import org.opendoor.model.Pathway;
import org.opendoor.model.Priority;
import org.opendoor.model.ReferralTriaged;
import org.opendoor.model.Topics;

@QuarkusTest
@QuarkusTestResource(OpenDoorTestResource.class)
class ReferralTriagedHandlerTest {
    private static final String RUTLAND_DUTY = "childrens-duty@rutland.duty.opendoor.local";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aRedCaseAlertsTheDutyTeamByEmailOnceEvenWhenTheEventComesTwice() throws Exception {
        UUID referralId = UUID.randomUUID();
        ReferralTriaged triaged = new ReferralTriaged(referralId, UUID.randomUUID(), "OD-2026-777001", "E06000017",
                "rutland-childrens-duty", 4, Priority.RED, Pathway.IMMEDIATE_PROTECTION, Set.of(), "test",
                Instant.parse("2026-11-20T16:00:00Z"), CaseStatus.AWAITING_DECISION, 0);
        EventEnvelope event = EventEnvelope.of(EventType.REFERRAL_TRIAGED, referralId, null, triaged, Instant.now());
        try (KafkaProducer<String, String> producer = KafkaClients.producer(
                TestInfrastructure.shared().bootstrapServers(), "test")) {
            for (int i = 0; i < 2; i++) {
                producer.send(new ProducerRecord<>(Topics.REFERRAL_TRIAGED, referralId.toString(), event.toJson()))
                        .get(10, TimeUnit.SECONDS);
            }
        }

        List<Mailbox.Mail> mails = awaitMail(RUTLAND_DUTY, "OD-2026-777001", Duration.ofSeconds(20));
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).subject()).isEqualTo("OD-2026-777001: RED referral for your duty team");
        assertThat(mails.get(0).body()).contains("Decision due by: 2026-11-20T16:00:00Z");
        assertThat(statusOf(referralId)).isEqualTo("SENT");
    }

    private String statusOf(UUID referralId) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement q = c.prepareStatement("SELECT status FROM notification WHERE referral_id = ?")) {
            q.setObject(1, referralId);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    /** Waits for the first matching mail, then a little longer so a duplicate would show. */
    private static List<Mailbox.Mail> awaitMail(String address, String reference, Duration within) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            List<Mailbox.Mail> mails = matching(address, reference);
            if (!mails.isEmpty()) {
                Thread.sleep(1_500);
                return matching(address, reference);
            }
            Thread.sleep(200);
        }
        return List.of();
    }

    private static List<Mailbox.Mail> matching(String address, String reference) {
        return TestInfrastructure.shared().mailbox().messagesFor(address).stream()
                .filter(m -> m.subject().startsWith(reference)).toList();
    }
}
