package org.opendoor.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;

/** One audit record as stored: what a seal's hash covers. */
record AuditRow(long id, Instant at, String actor, String role, String org, String action, String target,
        String outcome, String detail, String requestId, String clientAddress) {
    /** The columns {@link #read} expects, in order, qualified by the record table's alias {@code r}. */
    static final String COLUMNS = """
            r.id, r.at, r.actor, r.role, r.org, r.action, r.target, r.outcome, r.detail, r.request_id, r.client_address""";

    /** Reads the {@link #COLUMNS} starting at column {@code first}. */
    static AuditRow read(ResultSet rs, int first) throws SQLException {
        int i = first;
        return new AuditRow(rs.getLong(i), rs.getObject(i + 1, OffsetDateTime.class).toInstant(), rs.getString(i + 2),
                rs.getString(i + 3), rs.getString(i + 4), rs.getString(i + 5), rs.getString(i + 6),
                rs.getString(i + 7), rs.getString(i + 8), rs.getString(i + 9), rs.getString(i + 10));
    }
}
