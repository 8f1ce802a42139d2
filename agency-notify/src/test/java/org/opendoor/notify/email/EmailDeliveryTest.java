package org.opendoor.notify.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.mailer.Mailer;
import io.quarkus.mailer.MailerName;
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
import org.junit.jupiter.api.Test;
import org.opendoor.model.EventType;
import org.opendoor.model.Flag;
import org.opendoor.model.Priority;
import org.opendoor.model.ReferralReceived;
import org.opendoor.notify.delivery.DeliveryException;
import org.opendoor.notify.delivery.OutgoingMessage;
import org.opendoor.notify.support.Events;
import org.opendoor.notify.support.Mail;
import org.opendoor.notify.support.NotifyTestResource;
import org.opendoor.notify.support.RawMail;
import org.opendoor.notify.support.Referrals;

/** Email goes through the Quarkus mailer to a real SMTP server (GreenMail), never to a mock mailbox. */
@QuarkusTest
@QuarkusTestResource(NotifyTestResource.class)
class EmailDeliveryTest {
    private static final String RUTLAND = "E06000017";
    private static final String DSL_100003 = "dsl@100003.schools.opendoor.local";

    @Inject
    Mailer mailer;

    @Inject
    @MailerName("unresponsive")
    Mailer unresponsive;

    @Test
    void anEmailIsPlainTextOnlySoMarkupInAValueReachesTheReaderAsTextWithItsDeliveryId() throws Exception {
        UUID referralId = UUID.randomUUID();
        String reference = "OD-2026-" + ThreadLocalRandom.current().nextInt(100000, 999999);
        String policeReference = "PR-" + ThreadLocalRandom.current().nextInt(100000, 999999);
        ReferralReceived referral = Events.policeReferral(referralId, reference, policeReference, List.of(
                Events.child("<b>Eve</b>", "<i>Green</i>", LocalDate.parse("2017-02-03"), "100003", false)));
        Events.publish(Events.envelope(EventType.REFERRAL_RECEIVED, referralId, referral, Instant.now()),
                Events.envelope(EventType.REFERRAL_TRIAGED, referralId, Events.triaged(referral, RUTLAND,
                        Priority.AMBER, Set.of(Flag.OPERATION_ENCOMPASS)), Instant.now()));

        assertThat(Mail.one(DSL_100003, policeReference).body())
                .contains("Child: <b>Eve</b> <i>Green</i>, born 3 February 2017").doesNotContain("&lt;", "&gt;");
        RawMail raw = RawMail.of(DSL_100003, policeReference);
        // no HTML part: nothing in the message is ever rendered as markup
        assertThat(raw.contentType()).startsWith("text/plain");
        assertThat(raw.mime()).doesNotContainIgnoringCase("text/html").doesNotContainIgnoringCase("multipart");
        Map<String, Object> notice = Referrals.awaitFinal(referralId, RUTLAND, "OPERATION_ENCOMPASS");
        assertThat(raw.deliveryId()).isEqualTo(notice.get("id"));
    }

    @Test
    void anSmtpServerThatNeverAnswersCostsOneBoundedAttemptThatIsRetried() {
        EmailChannel toAHungServer = new EmailChannel(unresponsive);
        long started = System.nanoTime();

        assertThatThrownBy(() -> toAHungServer.send(message("dsl@100003.schools.opendoor.local")))
                .isInstanceOfSatisfying(DeliveryException.class, e -> {
                    assertThat(e.permanent()).isFalse();
                    assertThat(e.getMessage()).isEqualTo("SMTP unavailable: TimeoutException");
                });
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void anAddressThatIsNotOneIsRefusedWithoutATryAndNotRetried() {
        assertThatThrownBy(() -> new EmailChannel(mailer).send(message("not an address")))
                .isInstanceOfSatisfying(DeliveryException.class, e -> {
                    assertThat(e.permanent()).isTrue();
                    assertThat(e.getMessage()).isEqualTo("invalid email address");
                });
    }

    private static OutgoingMessage message(String address) {
        return new OutgoingMessage(UUID.randomUUID(), "DUTY_ALERT", "OD-2026-000001", address, "A subject",
                "A body", null, null, null);
    }
}
