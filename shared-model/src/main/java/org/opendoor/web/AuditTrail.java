package org.opendoor.web;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Writes who read or changed which record, in the caller's transaction when there is one. Targets are ids,
 * never names: the audit trail holds no personal data about children.
 */
public final class AuditTrail {
    private static final String INSERT = """
            INSERT INTO audit_record (actor, role, org, action, target, outcome, detail) VALUES (?, ?, ?, ?, ?, ?, ?)""";

    private AuditTrail() {
    }

    public static void record(Connection connection, Caller caller, AuditAction action, String target, String outcome)
            throws SQLException {
        record(connection, caller, action, target, outcome, null);
    }

    /** As above, with what the change was (null when the action and target say it all); no personal data. */
    public static void record(Connection connection, Caller caller, AuditAction action, String target, String outcome,
            String detail) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setString(1, caller.subject());
            insert.setString(2, caller.primaryRole());
            insert.setString(3, caller.org() != null ? caller.org() : caller.localAuthority());
            insert.setString(4, action.name());
            insert.setString(5, target);
            insert.setString(6, outcome);
            insert.setString(7, detail);
            insert.executeUpdate();
        }
    }
}
