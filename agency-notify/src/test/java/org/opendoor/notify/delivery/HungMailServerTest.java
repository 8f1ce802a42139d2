package org.opendoor.notify.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.mailer.Mailer;
import io.quarkus.mailer.MailerName;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.opendoor.notify.directory.Directory;
import org.opendoor.notify.govuk.GovUkNotifyChannel;
import org.opendoor.notify.support.DeliveryWaits;
import org.opendoor.notify.support.Mail;
import org.opendoor.notify.support.MailServers;
import org.opendoor.notify.support.NotifyTestResource;
import org.opendoor.notify.support.PendingRows;
import org.opendoor.notify.webhook.WebhookChannel;

/**
 * One recipient's mail server accepts connections and never answers (a real socket), and its mailer would wait a
 * minute: the worker's own deadline ends the attempt, and meanwhile everyone else's mail, and the duty manager's
 * alert about another failure, go out.
 */
@QuarkusTest
@QuarkusTestResource(NotifyTestResource.class)
class HungMailServerTest {
    private static final String DUTY_TEAM = "front-door@derby.duty.opendoor.local";
    private static final String DUTY_MANAGER = "duty-manager@derby.opendoor.local";

    @Inject
    AgroalDataSource dataSource;

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
    Mailer mailer;

    @Inject
    WebhookChannel webhooks;

    @Inject
    GovUkNotifyChannel govUkNotify;

    @Inject
    @MailerName("hung")
    Mailer hungMailer;

    @Test
    void aHungMailServerCostsOneBoundedAttemptWhileOtherMailAndTheDutyManagersAlertGoOut() throws Exception {
        String reference = "OD-2026-" + ThreadLocalRandom.current().nextInt(100000, 999999);
        // two senders; the worker waits for no send longer than 6 s
        DeliveryWorker worker = new DeliveryWorker(pending, directory,
                new DeliveryWaits(config, 2, Duration.ofSeconds(2), Duration.ofSeconds(6), Duration.ofSeconds(12)),
                circuits, List.of(new MailServers(mailer, hungMailer), webhooks, govUkNotify));
        serviceWorker.pause();
        try {
            // its last attempt, to the hung server; then others' alerts, and one refused at once (alerting)
            UUID hung = PendingRows.dutyAlert(dataSource, reference + "-H", "dsl@" + MailServers.HUNG_DOMAIN, 2);
            List<UUID> others = IntStream.rangeClosed(1, 4).mapToObj(i -> insert(reference + "-O" + i, DUTY_TEAM))
                    .toList();
            UUID refused = insert(reference + "-R", "not an address");
            worker.resume();

            Awaitility.await("other recipients' mail and the alert about the refused one, while the hung send waits")
                    .atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                    .until(() -> others.stream().allMatch(id -> state(id).startsWith("SENT/1/"))
                            && !Mail.matching(DUTY_MANAGER, reference + "-R").isEmpty());
            // the hung send has not ended: its attempt is not recorded yet
            assertThat(state(hung)).isEqualTo("PENDING/2/null");
            assertThat(state(refused)).isEqualTo("FAILED/1/invalid email address");
            for (int i = 1; i <= 4; i++) {
                assertThat(Mail.matching(DUTY_TEAM, reference + "-O" + i)).hasSize(1);
            }

            // the deadline ends it as a failed attempt (its last), and the duty manager is told
            String ended = Awaitility.await("the hung send ended by the deadline").atMost(Duration.ofSeconds(20))
                    .pollInterval(Duration.ofMillis(100)).until(() -> state(hung), s -> !s.startsWith("PENDING"));
            assertThat(ended).isEqualTo("FAILED/3/no answer within 6 s");
            assertThat(Mail.one(DUTY_MANAGER, reference + "-H").body())
                    .contains("Recipient: dsl@" + MailServers.HUNG_DOMAIN,
                            "Reason: no answer within 6 s after 3 attempt(s)");
        } finally {
            worker.pause();
            serviceWorker.resume();
        }
    }

    private UUID insert(String reference, String address) {
        try {
            return PendingRows.dutyAlert(dataSource, reference, address, 0);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private String state(UUID id) {
        try {
            return PendingRows.state(dataSource, id);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
