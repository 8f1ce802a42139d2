package org.opendoor.proof.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The raw PostgreSQL ceiling for OpenDoor's commits per referral, measured over JDBC on the same server: the
 * intake transaction (next reference from a sequence, referral, outbox row), the relay's claim-and-mark, triage's transaction
 * (inbox guard, case, outbox row), the relay again, notify's transaction (inbox guard, notification) and the
 * delivery's claim-and-mark. No HTTP, no Kafka, no JSON mapping: what the database alone allows.
 */
public final class PostgresCeiling {
    private static final String SCHEMA = """
            DROP SCHEMA IF EXISTS ceiling CASCADE;
            CREATE SCHEMA ceiling;
            CREATE SEQUENCE ceiling.reference_2026;
            CREATE TABLE ceiling.referral (id UUID PRIMARY KEY, reference TEXT UNIQUE, body JSONB, received_at TIMESTAMPTZ DEFAULT now());
            CREATE TABLE ceiling.outbox (id BIGSERIAL PRIMARY KEY, event_id UUID UNIQUE, payload TEXT, published_at TIMESTAMPTZ);
            CREATE TABLE ceiling.inbox (consumer TEXT, event_id UUID, PRIMARY KEY (consumer, event_id));
            CREATE TABLE ceiling.duty_case (id UUID PRIMARY KEY, referral_id UUID UNIQUE, referral JSONB);
            CREATE TABLE ceiling.notification (id UUID PRIMARY KEY, referral_id UUID, status TEXT, sent_at TIMESTAMPTZ);
            """;
    private static final String BODY = "{\"children\":[{\"firstName\":\"Kid\",\"lastName\":\"Canary\","
            + "\"dateOfBirth\":\"2015-01-01\",\"address\":{\"postcode\":\"LE11 3TU\"}}],"
            + "\"concern\":{\"summary\":\"" + "x".repeat(300) + "\",\"indicators\":[\"CHILD_UNKEMPT\"]}}";

    public record Result(int threads, double referralsPerSecond) {
    }

    public static Result measure(String jdbcUrl, String user, String password, int threads, Duration duration)
            throws Exception {
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, password); Statement s = c.createStatement()) {
            s.execute(SCHEMA);
        }
        AtomicLong done = new AtomicLong();
        long end = System.nanoTime() + duration.toNanos();
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Thread t = new Thread(() -> {
                try (Connection c = DriverManager.getConnection(jdbcUrl, user, password)) {
                    c.setAutoCommit(false);
                    while (System.nanoTime() < end) {
                        onePipeline(c);
                        done.incrementAndGet();
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            t.start();
            workers.add(t);
        }
        for (Thread t : workers) {
            t.join();
        }
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, password); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA ceiling CASCADE");
        }
        return new Result(threads, done.get() / (double) duration.toSeconds());
    }

    private static void onePipeline(Connection c) throws SQLException {
        UUID referral = UUID.randomUUID();
        long reference;
        try (PreparedStatement counter = c.prepareStatement("SELECT nextval('ceiling.reference_2026')")) {
            ResultSet rs = counter.executeQuery();
            rs.next();
            reference = rs.getLong(1);
        }
        update(c, "INSERT INTO ceiling.referral (id, reference, body) VALUES (?, ?, ?::jsonb)", referral, "OD-" + reference, BODY);
        update(c, "INSERT INTO ceiling.outbox (event_id, payload) VALUES (?, ?)", UUID.randomUUID(), BODY);
        c.commit();
        relay(c);
        update(c, "INSERT INTO ceiling.inbox VALUES ('triage', ?) ON CONFLICT DO NOTHING", UUID.randomUUID());
        update(c, "INSERT INTO ceiling.duty_case VALUES (?, ?, ?::jsonb)", UUID.randomUUID(), referral, BODY);
        update(c, "INSERT INTO ceiling.outbox (event_id, payload) VALUES (?, ?)", UUID.randomUUID(), "{}");
        c.commit();
        relay(c);
        UUID notification = UUID.randomUUID();
        update(c, "INSERT INTO ceiling.inbox VALUES ('notify', ?) ON CONFLICT DO NOTHING", UUID.randomUUID());
        update(c, "INSERT INTO ceiling.notification VALUES (?, ?, 'PENDING', NULL)", notification, referral);
        c.commit();
        update(c, "UPDATE ceiling.notification SET status = 'SENT', sent_at = now() WHERE id = ?", notification);
        c.commit();
    }

    private static void relay(Connection c) throws SQLException {
        try (PreparedStatement claim = c.prepareStatement("SELECT id FROM ceiling.outbox WHERE published_at IS NULL "
                + "ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED")) {
            ResultSet rs = claim.executeQuery();
            if (rs.next()) {
                update(c, "UPDATE ceiling.outbox SET published_at = now() WHERE id = ?", rs.getLong(1));
            }
        }
        c.commit();
    }

    private static void update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            s.executeUpdate();
        }
    }
}
