package org.opendoor.notify.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.opendoor.notify.support.Mail;
import org.opendoor.notify.support.NotifyTestResource;
import org.opendoor.notify.support.PendingRows;

/**
 * The database refuses to record a delivery for a moment (as while PostgreSQL restarts), just after the message went
 * out. The worker records it as soon as the database answers again: it neither waits for its claim to expire nor
 * sends the message a second time.
 */
@QuarkusTest
@QuarkusTestResource(NotifyTestResource.class)
class RecordingOutageTest {
    private static final String DUTY_TEAM = "front-door@derby.duty.opendoor.local";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    DeliveryConfig config;

    @Test
    void aDeliveryTheDatabaseCouldNotRecordIsRecordedOnceItAnswersAndNotSentAgain() throws Exception {
        String reference = "OD-2026-" + ThreadLocalRandom.current().nextInt(100000, 999999);
        // a real PostgreSQL trigger refuses to mark this one notification SENT
        execute("CREATE FUNCTION refuse_recording() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                + "RAISE EXCEPTION 'the database is restarting'; END $$");
        execute("CREATE TRIGGER refuse_recording BEFORE UPDATE ON notification FOR EACH ROW WHEN "
                + "(NEW.status = 'SENT' AND NEW.reference = '" + reference + "') EXECUTE FUNCTION refuse_recording()");
        try {
            UUID alert = PendingRows.dutyAlert(dataSource, reference, DUTY_TEAM, 0);
            Mail.await(DUTY_TEAM, reference);
            // sent, and not recorded while the database refuses
            Thread.sleep(1_000);
            assertThat(PendingRows.state(dataSource, alert)).startsWith("PENDING/0/");
            dropTrigger();

            Duration withinClaim = config.claimLease().dividedBy(2);
            Awaitility.await("recorded soon after the database answers, well before the claim expires")
                    .atMost(withinClaim).pollInterval(Duration.ofMillis(100))
                    .until(() -> PendingRows.state(dataSource, alert).equals("SENT/1/null"));
            assertThat(Mail.matching(DUTY_TEAM, reference)).hasSize(1);
        } finally {
            dropTrigger();
        }
    }

    private void dropTrigger() throws SQLException {
        execute("DROP TRIGGER IF EXISTS refuse_recording ON notification");
        execute("DROP FUNCTION IF EXISTS refuse_recording()");
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
