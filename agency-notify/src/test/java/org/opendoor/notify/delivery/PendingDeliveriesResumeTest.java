package org.opendoor.notify.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.opendoor.infra.Mailbox;
import org.opendoor.notify.support.Mail;
import org.opendoor.notify.support.NotifyTestResource;
import org.opendoor.notify.support.PendingRows;

@QuarkusTest
@QuarkusTestResource(NotifyTestResource.class)
class PendingDeliveriesResumeTest {
    private static final String DUTY = "front-door@derby.duty.opendoor.local";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    DeliveryWorker worker;

    @Test
    void deliveriesLeftPendingByAStoppedProcessAreSentWhenDeliveryResumes() throws Exception {
        worker.pause();
        UUID retrying;
        UUID claimedByADeadWorker;
        String reference = "OD-2026-" + ThreadLocalRandom.current().nextInt(100000, 999999);
        try {
            // as a crash leaves them: one waiting for its second attempt, one claimed by a worker that died
            retrying = insertPending(reference + "-A", 1, "now() - interval '1 second'");
            claimedByADeadWorker = insertPending(reference + "-B", 0, "now() + interval '2 seconds'");
            Awaitility.await("nothing sent while delivery is paused").pollDelay(Duration.ofMillis(600))
                    .atMost(Duration.ofSeconds(5))
                    .untilAsserted(() -> assertThat(Mail.matching(DUTY, reference)).isEmpty());
        } finally {
            worker.resume();
        }

        Mailbox.Mail first = Mail.one(DUTY, reference + "-A");
        assertThat(first.subject()).isEqualTo(reference + "-A: RED referral for your duty team");
        Mail.one(DUTY, reference + "-B");
        assertThat(statusAndAttempts(retrying)).isEqualTo("SENT/2");
        assertThat(statusAndAttempts(claimedByADeadWorker)).isEqualTo("SENT/1");
    }

    private UUID insertPending(String reference, int attempts, String nextAttemptAt) throws Exception {
        return PendingRows.dutyAlert(dataSource, reference, DUTY, attempts, nextAttemptAt);
    }

    /** "STATUS/attempts" once the notification is sent. */
    private String statusAndAttempts(UUID id) {
        return Awaitility.await("notification " + id + " sent").atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(100)).until(() -> currentStatusAndAttempts(id),
                        status -> status.startsWith("SENT"));
    }

    private String currentStatusAndAttempts(UUID id) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(
                "SELECT status, attempts FROM notification WHERE id = ?")) {
            q.setObject(1, id);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getString(1) + "/" + rs.getInt(2);
            }
        }
    }
}
