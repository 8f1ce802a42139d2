package org.opendoor.web;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Writes who read or changed which record, in the caller's transaction when there is one. Targets are ids,
 * never names: the audit trail holds no personal data about children.
 *
 * <p>Each record carries the request it came in on (request id, client address) and the role that authorised it:
 * the caller's roles among those the endpoint permits, narrowed further where the code decided by role
 * ({@link Caller#actingIn}). The same statement queues the record for sealing into the schema's hash chain
 * (org.opendoor.audit.AuditSealer), so the business transaction takes no chain lock. Records are never updated or
 * deleted: the table refuses both.
 */
public final class AuditTrail {
    private static final String INSERT = """
            WITH written AS (
                INSERT INTO audit_record (actor, role, org, action, target, outcome, detail, request_id, client_address)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id)
            INSERT INTO audit_pending (record_id) SELECT id FROM written""";

    private AuditTrail() {
    }

    public static void record(Connection connection, Caller caller, AuditAction action, String target, String outcome)
            throws SQLException {
        record(connection, caller, action, target, outcome, null);
    }

    /** As above, with what the change was (null when the action and target say it all); no personal data. */
    public static void record(Connection connection, Caller caller, AuditAction action, String target, String outcome,
            String detail) throws SQLException {
        record(connection, caller, AuditedRequest.current(), action, target, outcome, detail);
    }

    static void record(Connection connection, Caller caller, AuditedRequest request, AuditAction action,
            String target, String outcome, String detail) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setString(1, caller.subject());
            insert.setString(2, caller.roleFor(request.permittedRoles()));
            insert.setString(3, caller.org() != null ? caller.org() : caller.localAuthority());
            insert.setString(4, action.name());
            insert.setString(5, target);
            insert.setString(6, outcome);
            insert.setString(7, detail);
            insert.setString(8, request.requestId());
            insert.setString(9, request.clientAddress());
            insert.executeUpdate();
        }
    }
}
