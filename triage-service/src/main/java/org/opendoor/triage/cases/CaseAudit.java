package org.opendoor.triage.cases;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Who opened or changed a case, from triage's audit trail (its own rows, and those of reads by referral id): the
 * case page shows it, so duty staff see who else has looked. Newest first.
 */
final class CaseAudit {
    private static final String ENTRIES = """
            SELECT at, actor, role, action, outcome FROM audit_record
            WHERE target = ? OR target = ? ORDER BY at DESC, id DESC LIMIT ?""";

    @Schema(name = "AuditEntry", description = "One read or change of a case by a person")
    record Entry(
            @Schema(description = "When (UTC)", example = "2026-04-03T10:00:00Z") java.time.Instant at,
            @Schema(description = "Who: the token's user name or subject", example = "duty-worker") String actor,
            @Schema(description = "The role they acted in", example = "duty_worker") String role,
            @Schema(description = "What they did (READ_CASE, DECIDE_CASE, TRANSFER_CASE, ...)", example = "READ_CASE")
            String action,
            @Schema(description = "The result (OK, NOT_FOUND, ...)", example = "OK") String outcome) {
    }

    private CaseAudit() {
    }

    static List<Entry> of(Connection connection, DutyCase c, int limit) throws SQLException {
        List<Entry> entries = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(ENTRIES)) {
            query.setString(1, "case:" + c.id());
            query.setString(2, "referral:" + c.referralId());
            query.setInt(3, limit);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    entries.add(new Entry(rs.getObject(1, OffsetDateTime.class).toInstant(), rs.getString(2),
                            rs.getString(3), rs.getString(4), rs.getString(5)));
                }
            }
        }
        return entries;
    }
}
