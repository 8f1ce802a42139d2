package org.opendoor.notify.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.opendoor.infra.TestInfrastructure;
import org.opendoor.messaging.KafkaClients;
import org.opendoor.model.EventEnvelope;
import org.opendoor.model.EventType;
import org.opendoor.model.Flag;
import org.opendoor.model.NotificationSettled;
import org.opendoor.model.Priority;
import org.opendoor.model.ReferralReceived;
import org.opendoor.model.ReferralTriaged;
import org.opendoor.model.Topics;
import org.opendoor.notify.support.Events;
import org.opendoor.notify.support.Notifications;
import org.opendoor.notify.support.NotifyTestResource;
import org.opendoor.notify.support.Referrals;
import org.opendoor.notify.support.SettledEvents;

/**
 * Every notification notify finishes with is announced once as NotificationSettled, in the transaction of its final
 * state, keyed by referral, with no address and no content. (Failing after the last attempt: WebhookDeliveryTest.)
 */
@QuarkusTest
@QuarkusTestResource(NotifyTestResource.class)
class NotificationSettledTest {
    private static final String RUTLAND = "E06000017";
    private static final String LEICESTER = "E06000016";
    private static final String ENCOMPASS = "OPERATION_ENCOMPASS";
    private static final String UNKNOWN_SCHOOL = "999999";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aSentOperationEncompassNoticeIsSettledOnceSentInTimeAndPublished() throws Exception {
        Case c = policeCase("100003");
        EventEnvelope triaged = c.triagedIn(RUTLAND);
        Events.publish(c.received(), triaged);

        Map<String, Object> notice = Referrals.awaitFinal(c.referralId, RUTLAND, ENCOMPASS);
        assertThat(notice).containsEntry("status", "SENT");
        List<SettledEvents.Row> settled = SettledEvents.of(dataSource, c.referralId, ENCOMPASS);
        assertThat(settled).hasSize(1);
        SettledEvents.Row row = settled.get(0);
        NotificationSettled s = row.settled();
        assertThat(row.key()).isEqualTo(c.referralId.toString());
        assertThat(s.notificationId()).hasToString(notice.get("id").toString());
        assertThat(s.reference()).isEqualTo(c.referral.reference());
        assertThat(s.outcome()).isEqualTo(NotificationSettled.Outcome.SENT);
        assertThat(s.localAuthority()).isEqualTo(RUTLAND);
        assertThat(s.dueBy()).isEqualTo(Instant.parse(notice.get("dueBy").toString()));
        assertThat(s.sentAt()).isEqualTo(Instant.parse(notice.get("sentAt").toString()));
        assertThat(s.inTime()).isTrue();
        assertThat(row.json()).as("no recipient address, no content")
                .doesNotContain("@", "dsl@100003.schools.opendoor.local", c.policeReference, "Eve", "Green");
        assertThat(publishedSettled(c.referralId)).contains(s.notificationId());

        redeliver(c, triaged);
        assertStaysOne(c.referralId);
    }

    @Test
    void aNotificationWithNobodyToGoToIsSettledFailedOnceThoughItsEventsComeAgain() throws Exception {
        Case c = policeCase(UNKNOWN_SCHOOL);
        EventEnvelope received = c.received();
        EventEnvelope triaged = c.triagedIn(LEICESTER);
        Events.publish(received, triaged);

        Map<String, Object> notice = Referrals.awaitFinal(c.referralId, LEICESTER, ENCOMPASS);
        assertThat(notice).containsEntry("status", "FAILED").containsEntry("lastError", "no recipient");
        List<SettledEvents.Row> settled = SettledEvents.of(dataSource, c.referralId, ENCOMPASS);
        assertThat(settled).hasSize(1);
        NotificationSettled s = settled.get(0).settled();
        assertThat(s.notificationId()).hasToString(notice.get("id").toString());
        assertThat(s.outcome()).isEqualTo(NotificationSettled.Outcome.FAILED);
        assertThat(s.localAuthority()).isEqualTo(LEICESTER);
        assertThat(s.sentAt()).isNull();
        assertThat(s.inTime()).isFalse();
        assertThat(settled.get(0).json()).doesNotContain("@", "none:");

        Events.publish(received);
        redeliver(c, triaged);
        assertStaysOne(c.referralId);
    }

    /**
     * The triaged event delivered again, then published again by triage under a new event id (on the same
     * partition, so once that is handled the redelivery was too).
     */
    private void redeliver(Case c, EventEnvelope triaged) throws Exception {
        EventEnvelope again = Events.envelope(EventType.REFERRAL_TRIAGED, c.referralId,
                triaged.payloadAs(ReferralTriaged.class), Instant.now());
        Events.publish(triaged, again);
        Notifications.awaitHandled(dataSource, again.eventId());
    }

    /** One settled Encompass event, and still one a second later (a second one would come within that). */
    private void assertStaysOne(UUID referralId) {
        Awaitility.await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> assertThat(SettledEvents.of(dataSource, referralId, ENCOMPASS)).hasSize(1));
    }

    /** The notification ids of the referral's settled events on the topic, once there is at least one. */
    private static List<UUID> publishedSettled(UUID referralId) {
        List<UUID> found = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (KafkaConsumer<String, String> consumer = KafkaClients.consumer(
                TestInfrastructure.shared().bootstrapServers(), "settled-test-" + UUID.randomUUID())) {
            consumer.subscribe(List.of(Topics.NOTIFICATION_SETTLED));
            Awaitility.await("a settled event for " + referralId + " on " + Topics.NOTIFICATION_SETTLED)
                    .atMost(Duration.ofSeconds(30)).pollInterval(Duration.ZERO).until(() -> {
                        for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                            if (r.key().equals(referralId.toString())) {
                                found.add(EventEnvelope.fromJson(r.value()).payloadAs(NotificationSettled.class)
                                        .notificationId());
                            }
                        }
                        return !found.isEmpty();
                    });
        }
        return found;
    }

    private static Case policeCase(String urn) {
        UUID referralId = UUID.randomUUID();
        String reference = "OD-2026-" + ThreadLocalRandom.current().nextInt(100000, 999999);
        String policeReference = "PR-" + ThreadLocalRandom.current().nextInt(100000, 999999);
        ReferralReceived referral = Events.policeReferral(referralId, reference, policeReference,
                List.of(Events.child("Eve", "Green", LocalDate.parse("2017-02-03"), urn, false)));
        return new Case(referralId, policeReference, referral);
    }

    private record Case(UUID referralId, String policeReference, ReferralReceived referral) {
        EventEnvelope received() {
            return Events.envelope(EventType.REFERRAL_RECEIVED, referralId, referral, Instant.now());
        }

        EventEnvelope triagedIn(String la) {
            return Events.envelope(EventType.REFERRAL_TRIAGED, referralId,
                    Events.triaged(referral, la, Priority.AMBER, Set.of(Flag.OPERATION_ENCOMPASS)), Instant.now());
        }
    }
}
