package org.opendoor.notify.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opendoor.infra.PostgresServer;
import org.opendoor.infra.TestInfrastructure;

/**
 * Upgrading a database that already holds the repeats re-published triage caused: the migration keeps them as the
 * record of what was sent, stops the ones not yet sent, and the rule holds from then on.
 */
class NotificationOncePerReferralMigrationTest {
    private final String schema = "notify_upgrade_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private final UUID referral = UUID.randomUUID();

    @AfterEach
    void dropSchema() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    @Test
    void repeatsAlreadyStoredAreKeptMarkedAndThoseNotYetSentAreStopped() throws SQLException {
        flyway().target("11").load().migrate();
        UUID sentAlert = insert("DUTY_ALERT", "duty@a.example", "SENT", "2026-11-20T10:00:00Z");
        UUID repeatedAlert = insert("DUTY_ALERT", "duty@a.example", "SENT", "2026-11-20T11:00:00Z");
        UUID failedEncompass = insert("OPERATION_ENCOMPASS", "dsl@a.example", "FAILED", "2026-11-20T10:00:00Z");
        UUID sentEncompass = insert("OPERATION_ENCOMPASS", "dsl@a.example", "SENT", "2026-11-20T11:00:00Z");
        UUID pendingEncompass = insert("OPERATION_ENCOMPASS", "dsl@a.example", "PENDING", "2026-11-20T12:00:00Z");
        UUID managerAlert = insert("DELIVERY_FAILED", "manager@a.example", "SENT", "2026-11-20T10:00:00Z");
        UUID otherManagerAlert = insert("DELIVERY_FAILED", "manager@a.example", "SENT", "2026-11-20T11:00:00Z");

        flyway().load().migrate();

        assertThat(row(sentAlert)).isEqualTo("SENT|null|null");
        assertThat(row(repeatedAlert)).isEqualTo("SENT|" + sentAlert + "|null");
        assertThat(row(failedEncompass)).isEqualTo("FAILED|" + sentEncompass + "|null");
        assertThat(row(sentEncompass)).isEqualTo("SENT|null|null");
        assertThat(row(pendingEncompass))
                .isEqualTo("FAILED|" + sentEncompass + "|not sent: repeats notification " + sentEncompass);
        assertThat(row(managerAlert)).isEqualTo("SENT|null|null");
        assertThat(row(otherManagerAlert)).isEqualTo("SENT|null|null");

        // from now on a referral's purpose and recipient is stored once, whatever the event; alerts stay per failure
        assertThat(insertUnlessPresent("DUTY_ALERT", "duty@a.example")).isFalse();
        assertThat(insertUnlessPresent("DUTY_ALERT", "another-duty@a.example")).isTrue();
        assertThat(insertUnlessPresent("DELIVERY_FAILED", "manager@a.example")).isTrue();
    }

    private FluentConfiguration flyway() {
        return Flyway.configure().dataSource(TestInfrastructure.shared().jdbcUrl(), PostgresServer.USER,
                PostgresServer.USER).schemas(schema).locations("classpath:db/shared", "classpath:db/migration");
    }

    private UUID insert(String purpose, String recipient, String status, String createdAt) throws SQLException {
        UUID id = UUID.randomUUID();
        try (Connection c = connect(); PreparedStatement q = c.prepareStatement("INSERT INTO " + schema
                + ".notification (id, event_id, referral_id, reference, purpose, recipient, channel, status, "
                + "created_at, content) VALUES (?, ?, ?, 'OD-2026-000001', ?, ?, 'EMAIL', ?, CAST(? AS timestamptz), "
                + "'{}')")) {
            q.setObject(1, id);
            q.setObject(2, UUID.randomUUID());
            q.setObject(3, referral);
            q.setString(4, purpose);
            q.setString(5, recipient);
            q.setString(6, status);
            q.setString(7, createdAt);
            q.executeUpdate();
        }
        return id;
    }

    private boolean insertUnlessPresent(String purpose, String recipient) throws SQLException {
        try (Connection c = connect(); PreparedStatement q = c.prepareStatement("INSERT INTO " + schema
                + ".notification (id, event_id, referral_id, reference, purpose, recipient, channel, status, "
                + "content) VALUES (?, ?, ?, 'OD-2026-000001', ?, ?, 'EMAIL', 'PENDING', '{}') "
                + "ON CONFLICT DO NOTHING")) {
            q.setObject(1, UUID.randomUUID());
            q.setObject(2, UUID.randomUUID());
            q.setObject(3, referral);
            q.setString(4, purpose);
            q.setString(5, recipient);
            return q.executeUpdate() == 1;
        }
    }

    /** status|repeat_of|last_error */
    private String row(UUID id) throws SQLException {
        try (Connection c = connect(); PreparedStatement q = c.prepareStatement(
                "SELECT status, repeat_of, last_error FROM " + schema + ".notification WHERE id = ?")) {
            q.setObject(1, id);
            try (ResultSet rs = q.executeQuery()) {
                assertThat(rs.next()).isTrue();
                return rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3);
            }
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(TestInfrastructure.shared().jdbcUrl(), PostgresServer.USER,
                PostgresServer.USER);
    }
}
