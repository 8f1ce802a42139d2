package org.opendoor.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import javax.sql.DataSource;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.opendoor.web.AuditAction;
import org.opendoor.web.AuditTrail;
import org.opendoor.web.Caller;
import org.opendoor.web.Problem;

/**
 * The service's audit trail, for auditors (every service; Quarkus discovers it from this jar's beans.xml): search
 * it by person, case and time, and check its hash chain. Both are audited themselves.
 */
@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(AuditResource.ROLE)
public class AuditResource {
    public static final String ROLE = "auditor";
    private static final int MAX_FILTER = 200;
    private static final String SELECT = "SELECT " + AuditRow.COLUMNS
            + ", s.seq, s.hash FROM audit_record r LEFT JOIN audit_seal s ON s.record_id = r.id WHERE true";

    private final DataSource dataSource;
    private final JsonWebToken token;

    public AuditResource(DataSource dataSource, JsonWebToken token) {
        this.dataSource = dataSource;
        this.token = token;
    }

    @GET
    @Operation(summary = "Search this service's audit trail, newest first",
            description = "Filters combine. target matches the whole target or its id after a prefix, so a case or "
                    + "referral id finds case:<id>, referral:<id> and <id>. Page with before= (nextBefore of the "
                    + "previous page).")
    @APIResponse(responseCode = "200", description = "A page of audit records")
    @APIResponse(responseCode = "400", description = "A filter is malformed")
    public AuditPage search(
            @Parameter(description = "Who acted: the user name as recorded", example = "duty-worker")
            @QueryParam("actor") String actor,
            @Parameter(description = "What was acted on: a target or the id in it (a case or referral id)",
                    example = "7d0f3c52-8e0b-4f7a-9d55-0a6f2f1a6c11") @QueryParam("target") String target,
            @Parameter(description = "From this instant, inclusive (ISO-8601 UTC)", example = "2026-12-01T00:00:00Z")
            @QueryParam("from") String from,
            @Parameter(description = "Before this instant, exclusive (ISO-8601 UTC)", example = "2026-12-02T00:00:00Z")
            @QueryParam("to") String to,
            @Parameter(description = "Only records older than this id (paging)") @QueryParam("before") String before,
            @Parameter(description = "At most this many (1-500)") @QueryParam("limit") @DefaultValue("100") int limit)
            throws SQLException {
        List<Problem.Violation> violations = new ArrayList<>();
        Instant fromAt = instant("from", from, violations);
        Instant toAt = instant("to", to, violations);
        check("actor", actor, violations);
        check("target", target, violations);
        if (fromAt != null && toAt != null && !fromAt.isBefore(toAt)) {
            violations.add(new Problem.Violation("to", "must be after from"));
        }
        Long beforeId = recordId(before, violations);
        if (limit < 1 || limit > 500) {
            violations.add(new Problem.Violation("limit", "must be between 1 and 500"));
        }
        if (!violations.isEmpty()) {
            throw new Problem.Exception(Problem.invalid("The request has " + violations.size() + " invalid field(s).",
                    violations));
        }
        StringBuilder sql = new StringBuilder(SELECT);
        List<Object> values = new ArrayList<>();
        StringJoiner filters = new StringJoiner("; ");
        if (actor != null && !actor.isBlank()) {
            sql.append(" AND r.actor = ?");
            values.add(actor);
            filters.add("actor=" + actor);
        }
        if (target != null && !target.isBlank()) {
            sql.append(" AND (r.target = ? OR r.target LIKE ? ESCAPE '\\')");
            values.add(target);
            values.add("%:" + target.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_"));
            filters.add("target=" + target);
        }
        if (fromAt != null) {
            sql.append(" AND r.at >= ?");
            values.add(fromAt.atOffset(ZoneOffset.UTC));
            filters.add("from=" + fromAt);
        }
        if (toAt != null) {
            sql.append(" AND r.at < ?");
            values.add(toAt.atOffset(ZoneOffset.UTC));
            filters.add("to=" + toAt);
        }
        if (beforeId != null) {
            sql.append(" AND r.id < ?");
            values.add(beforeId);
            filters.add("before=" + beforeId);
        }
        sql.append(" ORDER BY r.id DESC LIMIT ?");
        values.add(limit + 1);
        try (Connection c = dataSource.getConnection()) {
            List<AuditEntryView> records = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement(sql.toString())) {
                for (int i = 0; i < values.size(); i++) {
                    q.setObject(i + 1, values.get(i));
                }
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        AuditRow row = AuditRow.read(rs, 1);
                        long seq = rs.getLong(12);
                        Long chainSeq = rs.wasNull() ? null : seq;
                        records.add(new AuditEntryView(row.id(), row.at(), row.actor(), row.role(), row.org(),
                                row.action(), row.target(), row.outcome(), row.detail(), row.requestId(),
                                row.clientAddress(), chainSeq, rs.getString(13)));
                    }
                }
            }
            Long nextBefore = null;
            if (records.size() > limit) {
                records = new ArrayList<>(records.subList(0, limit));
                nextBefore = records.get(limit - 1).id();
            }
            AuditTrail.record(c, Caller.from(token), AuditAction.READ_AUDIT_TRAIL, "audit-trail",
                    "OK " + records.size(), filters.length() == 0 ? null : filters.toString());
            return new AuditPage(records, nextBefore);
        }
    }

    @GET
    @Path("/verification")
    @Operation(summary = "Check this service's audit trail against its hash chain",
            description = "Recomputes every link from the records as stored and reports the first that does not "
                    + "hold, and any record written past the audit trail. Takes longer the longer the trail.")
    @APIResponse(responseCode = "200", description = "The report (intact or not)")
    public ChainReport verify() throws SQLException {
        ChainReport report;
        try (Connection c = dataSource.getConnection()) {
            report = ChainVerification.walk(c);
        }
        try (Connection c = dataSource.getConnection()) {
            AuditTrail.record(c, Caller.from(token), AuditAction.VERIFY_AUDIT_TRAIL, "audit-trail",
                    report.intact() ? "INTACT" : "BROKEN",
                    report.intact() ? "checked " + report.checked() : report.firstBrokenLink().problem() + " at record "
                            + report.firstBrokenLink().recordId());
        }
        return report;
    }

    private static Instant instant(String field, String value, List<Problem.Violation> violations) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.trim());
        } catch (DateTimeParseException e) {
            violations.add(new Problem.Violation(field, "must be an ISO-8601 instant, like 2026-12-01T00:00:00Z"));
            return null;
        }
    }

    private static Long recordId(String value, List<Problem.Violation> violations) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(value.trim());
            if (id >= 1) {
                return id;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        violations.add(new Problem.Violation("before", "must be a record id, 1 or more"));
        return null;
    }

    private static void check(String field, String value, List<Problem.Violation> violations) {
        if (value != null && value.length() > MAX_FILTER) {
            violations.add(new Problem.Violation(field, "must be at most " + MAX_FILTER + " characters"));
        }
    }
}
