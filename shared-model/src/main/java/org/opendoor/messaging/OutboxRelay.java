package org.opendoor.messaging;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;

/**
 * Publishes a service's outbox to Kafka, at least once and in order.
 *
 * <p>One relay at a time holds the schema's advisory lock, so several service instances never reorder a
 * referral's events. It claims unpublished rows {@code FOR UPDATE SKIP LOCKED}, sends them, waits for the
 * broker's acknowledgement and only then marks them published, all in one transaction. A crash between send
 * and commit republishes the batch; consumers deduplicate by event id. It wakes on the outbox trigger's
 * NOTIFY and also polls, so a missed notification costs one poll interval at most.
 */
public final class OutboxRelay implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final String CLAIM = """
            SELECT id, topic, message_key, payload FROM outbox_event
            WHERE published_at IS NULL ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED""";
    private static final String MARK_PUBLISHED = "UPDATE outbox_event SET published_at = now() WHERE id = ANY (?)";
    private static final String BACKLOG = """
            SELECT count(*), min(created_at) FROM outbox_event WHERE published_at IS NULL""";

    /**
     * The longest the relay waits for the broker's acknowledgement of a batch: the producer's delivery timeout
     * and a margin. The transaction that claimed the rows is idle that long at most, well inside
     * the services' idle_in_transaction_session_timeout.
     */
    static final Duration ACK_WAIT = KafkaClients.DELIVERY_TIMEOUT.plusSeconds(5);
    /**
     * A database that stops answering (a half-open connection after a network fault, say) fails the relay's
     * statements after this instead of hanging the relay thread for ever; the pool resets it on return.
     */
    static final Duration NETWORK_TIMEOUT = Duration.ofSeconds(30);

    private final DataSource dataSource;
    private final Producer<String, String> producer;
    private final String schema;
    private final Duration pollInterval;
    private final int batchSize;
    private final Thread thread;
    private volatile boolean running = true;
    private Connection listener;

    public OutboxRelay(DataSource dataSource, Producer<String, String> producer, String schema,
            Duration pollInterval, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("Invalid batchSize: " + batchSize);
        }
        this.dataSource = dataSource;
        this.producer = producer;
        this.schema = schema;
        this.pollInterval = pollInterval;
        this.batchSize = batchSize;
        this.thread = new Thread(this::run, schema + "-outbox-relay");
        this.thread.setDaemon(true);
    }

    public void start() {
        thread.start();
    }

    /** Unpublished events and the age of the oldest, for the backlog metrics. */
    public Backlog backlog() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(BACKLOG)) {
            rs.next();
            java.sql.Timestamp oldest = rs.getTimestamp(2);
            return new Backlog(rs.getLong(1),
                    oldest == null ? Duration.ZERO : Duration.between(oldest.toInstant(), Instant.now()));
        } catch (SQLException e) {
            return new Backlog(-1, Duration.ZERO);
        }
    }

    public record Backlog(long events, Duration oldestAge) {
    }

    private void run() {
        Duration backoff = Duration.ofMillis(100);
        while (running) {
            try {
                while (running && publishBatch() == batchSize) {
                    // keep draining while full batches come back
                }
                awaitWakeUp();
                backoff = Duration.ofMillis(100);
            } catch (Exception e) {
                if (!running) {
                    break;
                }
                LOG.warnf("Outbox relay for %s could not publish (%s); retrying in %d ms", schema,
                        e.getClass().getSimpleName() + ": " + e.getMessage(), backoff.toMillis());
                closeListener();
                sleep(backoff);
                backoff = backoff.multipliedBy(2).compareTo(Duration.ofSeconds(5)) > 0 ? Duration.ofSeconds(5)
                        : backoff.multipliedBy(2);
            }
        }
        closeListener();
    }

    /** Publishes one batch; returns how many events it published. */
    int publishBatch() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            c.setNetworkTimeout(Runnable::run, (int) NETWORK_TIMEOUT.toMillis());
            c.setAutoCommit(false);
            try {
                if (!holdsRelayLock(c)) {
                    c.rollback();
                    return 0;
                }
                List<Long> ids = new ArrayList<>();
                List<Future<RecordMetadata>> acks = new ArrayList<>();
                try (PreparedStatement claim = c.prepareStatement(CLAIM)) {
                    claim.setInt(1, batchSize);
                    try (ResultSet rs = claim.executeQuery()) {
                        while (rs.next()) {
                            ids.add(rs.getLong(1));
                            acks.add(producer.send(new ProducerRecord<>(rs.getString(2), rs.getString(3), rs.getString(4))));
                        }
                    }
                }
                if (ids.isEmpty()) {
                    c.rollback();
                    return 0;
                }
                for (Future<RecordMetadata> ack : acks) {
                    ack.get(ACK_WAIT.toMillis(), TimeUnit.MILLISECONDS);
                }
                try (PreparedStatement mark = c.prepareStatement(MARK_PUBLISHED)) {
                    Array idArray = c.createArrayOf("bigint", ids.toArray());
                    mark.setArray(1, idArray);
                    mark.executeUpdate();
                }
                c.commit();
                return ids.size();
            } catch (Exception e) {
                c.rollback();
                throw e;
            }
        }
    }

    private boolean holdsRelayLock(Connection c) throws SQLException {
        try (PreparedStatement lock = c.prepareStatement("SELECT pg_try_advisory_xact_lock(hashtext(?))")) {
            lock.setString(1, schema + ".outbox_relay");
            try (ResultSet rs = lock.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    private void awaitWakeUp() throws SQLException {
        if (listener == null) {
            listener = dataSource.getConnection();
            // each wait for a notification sets its own socket timeout (the poll interval); this bounds the rest
            listener.setNetworkTimeout(Runnable::run, (int) NETWORK_TIMEOUT.plus(pollInterval).toMillis());
            listener.setAutoCommit(true);
            try (Statement s = listener.createStatement()) {
                s.execute("LISTEN " + schema + "_outbox");
            }
        }
        listener.unwrap(PGConnection.class).getNotifications((int) pollInterval.toMillis());
    }

    private void closeListener() {
        if (listener != null) {
            try {
                listener.close();
            } catch (SQLException ignored) {
                // the connection is gone already
            }
            listener = null;
        }
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        running = false;
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
