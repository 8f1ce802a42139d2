package org.opendoor.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Walks the schema's chain from the first seal to the last in one consistent snapshot, recomputing each hash
 * from the record as it is stored now, and stops at the first link that does not hold. Then looks for records that
 * are in neither the chain nor the queue. Streams the chain, so its length costs time, not memory.
 */
final class ChainVerification {
    private static final String CHAIN = "SELECT s.seq, s.record_id, s.prev_hash, s.hash, " + AuditRow.COLUMNS
            + " FROM audit_seal s LEFT JOIN audit_record r ON r.id = s.record_id ORDER BY s.seq";
    private static final String QUEUED = "SELECT count(*) FROM audit_pending";
    private static final String OUTSIDE = """
            SELECT min(r.id) FROM audit_record r
            WHERE NOT EXISTS (SELECT 1 FROM audit_seal s WHERE s.record_id = r.id)
              AND NOT EXISTS (SELECT 1 FROM audit_pending p WHERE p.record_id = r.id)""";

    private ChainVerification() {
    }

    /** On a connection of its own: the walk runs in a read-only, repeatable-read transaction. */
    static ChainReport walk(Connection c) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        c.setReadOnly(true);
        try {
            return walkInSnapshot(c);
        } finally {
            c.rollback();
            c.setReadOnly(false);
            c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            c.setAutoCommit(autoCommit);
        }
    }

    private static ChainReport walkInSnapshot(Connection c) throws SQLException {
        long checked = 0;
        long seq = 0;
        String previous = AuditHash.GENESIS;
        ChainReport.BrokenLink broken = null;
        try (PreparedStatement chain = c.prepareStatement(CHAIN)) {
            chain.setFetchSize(1000);
            try (ResultSet rs = chain.executeQuery()) {
                while (broken == null && rs.next()) {
                    long at = rs.getLong(1);
                    long recordId = rs.getLong(2);
                    String prevHash = rs.getString(3);
                    String hash = rs.getString(4);
                    rs.getLong(5);
                    boolean recordExists = !rs.wasNull();
                    if (at != seq + 1) {
                        broken = new ChainReport.BrokenLink(at, recordId, "SEQUENCE_GAP");
                    } else if (!prevHash.equals(previous)) {
                        broken = new ChainReport.BrokenLink(at, recordId, "LINK_BROKEN");
                    } else if (!recordExists) {
                        broken = new ChainReport.BrokenLink(at, recordId, "RECORD_MISSING");
                    } else if (!AuditHash.of(prevHash, at, AuditRow.read(rs, 5)).equals(hash)) {
                        broken = new ChainReport.BrokenLink(at, recordId, "RECORD_CHANGED");
                    } else {
                        checked++;
                        seq = at;
                        previous = hash;
                    }
                }
            }
        }
        long queued;
        Long outside;
        try (Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery(QUEUED)) {
                rs.next();
                queued = rs.getLong(1);
            }
            try (ResultSet rs = s.executeQuery(OUTSIDE)) {
                rs.next();
                long id = rs.getLong(1);
                outside = rs.wasNull() ? null : id;
            }
        }
        if (broken == null && outside != null) {
            broken = new ChainReport.BrokenLink(null, outside, "UNSEALED_RECORD");
        }
        return new ChainReport(broken == null, checked, seq, previous, queued, broken);
    }
}
