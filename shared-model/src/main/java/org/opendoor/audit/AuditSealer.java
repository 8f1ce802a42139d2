package org.opendoor.audit;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Seals committed audit records into the schema's hash chain, in the background.
 *
 * <p>Why in the background: a chain link needs the previous link's hash, so writing it in the business transaction
 * would hold one lock per schema from the audit insert until commit and serialise intake (an audit record per
 * referral at 100+/s). Instead AuditTrail only queues the record (audit_pending, same statement), and this sealer,
 * in short transactions of its own, appends a seal for each queued record it can see, oldest id first. A record
 * becomes visible only once its transaction has committed, so one that commits after a later-numbered record is
 * sealed after it: the chain's order is the seal sequence, never a guess about ids, and no record is skipped.
 * One sealer per schema at a time holds a transaction-scoped advisory lock; other instances of the service wait
 * their turn.
 */
public final class AuditSealer implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(AuditSealer.class);
    private static final String LOCK = "SELECT pg_try_advisory_xact_lock(hashtext(current_schema() || '.audit_seal'))";
    private static final String HEAD = "SELECT seq, hash FROM audit_seal ORDER BY seq DESC LIMIT 1";
    private static final String QUEUED = "SELECT " + AuditRow.COLUMNS
            + " FROM audit_pending p JOIN audit_record r ON r.id = p.record_id ORDER BY r.id LIMIT ?";
    private static final String SEAL = "INSERT INTO audit_seal (seq, record_id, prev_hash, hash) VALUES (?, ?, ?, ?)";
    private static final String DEQUEUE = "DELETE FROM audit_pending WHERE record_id = ANY (?)";

    private final DataSource dataSource;
    private final Duration interval;
    private final int batchSize;
    private final Thread thread;
    private volatile boolean running = true;

    public AuditSealer(DataSource dataSource, Duration interval, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("Invalid batchSize: " + batchSize);
        }
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("Invalid interval: " + interval);
        }
        this.dataSource = dataSource;
        this.interval = interval;
        this.batchSize = batchSize;
        this.thread = new Thread(this::run, "audit-sealer");
        this.thread.setDaemon(true);
    }

    public void start() {
        thread.start();
    }

    private void run() {
        Duration rest = interval;
        while (running) {
            try {
                while (running && sealBatch() == batchSize) {
                    // keep sealing while full batches come back
                }
                rest = interval;
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    break;
                }
                LOG.warnf("The audit sealer could not seal (%s); retrying in %d ms", e.getClass().getSimpleName()
                        + ": " + e.getMessage(), rest.toMillis());
                rest = rest.multipliedBy(2).compareTo(Duration.ofSeconds(5)) > 0 ? Duration.ofSeconds(5)
                        : rest.multipliedBy(2);
            }
            sleep(rest);
        }
    }

    /** Seals one batch of queued records; answers how many. */
    int sealBatch() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                int sealed = sealBatch(c);
                c.commit();
                return sealed;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    private int sealBatch(Connection c) throws SQLException {
        if (!holdsLock(c)) {
            return 0;
        }
        long seq = 0;
        String previous = AuditHash.GENESIS;
        try (PreparedStatement head = c.prepareStatement(HEAD); ResultSet rs = head.executeQuery()) {
            if (rs.next()) {
                seq = rs.getLong(1);
                previous = rs.getString(2);
            }
        }
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement queued = c.prepareStatement(QUEUED); PreparedStatement seal = c.prepareStatement(SEAL)) {
            queued.setInt(1, batchSize);
            try (ResultSet rs = queued.executeQuery()) {
                while (rs.next()) {
                    AuditRow row = AuditRow.read(rs, 1);
                    seq++;
                    String hash = AuditHash.of(previous, seq, row);
                    seal.setLong(1, seq);
                    seal.setLong(2, row.id());
                    seal.setString(3, previous);
                    seal.setString(4, hash);
                    seal.addBatch();
                    ids.add(row.id());
                    previous = hash;
                }
            }
            if (ids.isEmpty()) {
                return 0;
            }
            seal.executeBatch();
        }
        try (PreparedStatement dequeue = c.prepareStatement(DEQUEUE)) {
            Array idArray = c.createArrayOf("bigint", ids.toArray());
            dequeue.setArray(1, idArray);
            dequeue.executeUpdate();
        }
        return ids.size();
    }

    private static boolean holdsLock(Connection c) throws SQLException {
        try (PreparedStatement lock = c.prepareStatement(LOCK); ResultSet rs = lock.executeQuery()) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    private void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
