package org.opendoor.messaging;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
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
 * Dead-letter visibility and replay, for every service (Quarkus discovers it from this jar's beans.xml).
 * Role {@value #ROLE}: the platform administration role of API.md; duty roles are scoped to one authority while
 * dead letters span all of them. The list shows where and why a message failed, never its content. A replay
 * sends the original record, unchanged, back to its original topic through the service's outbox (so it is as
 * durable as any other event) and stamps {@code replayed_at}; a replay of a replayed letter is 409. Every list and
 * replay is audited.
 */
@Path("/api/v1/admin/dead-letters")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(DeadLetterResource.ROLE)
public class DeadLetterResource {
    public static final String ROLE = "rules_admin";
    private static final String LIST = """
            SELECT id, consumer, topic, partition_no, record_offset, message_key, reason, coalesce(length(payload), 0),
                   failed_at, replayed_at
            FROM dead_letter WHERE (? = false OR replayed_at IS NULL) ORDER BY id DESC LIMIT ?""";
    private static final String CLAIM = """
            SELECT topic, message_key, payload, replayed_at FROM dead_letter WHERE id = ? FOR UPDATE""";
    private static final String REPUBLISH = """
            INSERT INTO outbox_event (event_id, topic, message_key, payload) VALUES (?, ?, ?, ?)""";
    private static final String MARK = "UPDATE dead_letter SET replayed_at = now() WHERE id = ?";

    private final DataSource dataSource;
    private final JsonWebToken token;

    public DeadLetterResource(DataSource dataSource, JsonWebToken token) {
        this.dataSource = dataSource;
        this.token = token;
    }

    @GET
    @Operation(summary = "Dead letters of this service, newest first")
    @APIResponse(responseCode = "200", description = "The dead letters")
    public List<DeadLetterView> list(
            @Parameter(description = "Only letters not yet replayed") @QueryParam("unreplayed")
            @DefaultValue("false") boolean unreplayed,
            @Parameter(description = "At most this many (1-500)") @QueryParam("limit") @DefaultValue("100") int limit)
            throws SQLException {
        if (limit < 1 || limit > 500) {
            throw new Problem.Exception(Problem.invalid("The request has 1 invalid field(s).",
                    List.of(new Problem.Violation("limit", "must be between 1 and 500"))));
        }
        Caller caller = Caller.from(token);
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(LIST)) {
            q.setBoolean(1, unreplayed);
            q.setInt(2, limit);
            List<DeadLetterView> letters = new ArrayList<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    letters.add(new DeadLetterView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                            rs.getLong(5), rs.getString(6), rs.getString(7), rs.getInt(8),
                            rs.getTimestamp(9).toInstant(), instant(rs.getTimestamp(10))));
                }
            }
            AuditTrail.record(c, caller, AuditAction.LIST_DEAD_LETTERS, "dead-letters", "OK " + letters.size());
            return letters;
        }
    }

    @POST
    @Path("/{id}/replay")
    @Operation(summary = "Send a dead letter back to its original topic",
            description = "Re-publishes the original record unchanged through the outbox and marks it replayed.")
    @APIResponse(responseCode = "202", description = "Queued for publishing")
    @APIResponse(responseCode = "404", description = "No such dead letter")
    @APIResponse(responseCode = "409", description = "Already replayed, or nothing to replay")
    public Response replay(@PathParam("id") long id) throws SQLException {
        Caller caller = Caller.from(token);
        String outcome = "REPLAYED";
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                outcome = republish(c, id);
                AuditTrail.record(c, caller, AuditAction.REPLAY_DEAD_LETTER, "dead-letter:" + id, outcome);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
            if (!outcome.equals("REPLAYED")) {
                throw new Problem.Exception(outcome.equals("NOT_FOUND") ? Response.Status.NOT_FOUND
                        : Response.Status.CONFLICT, outcome.equals("NOT_FOUND") ? "No such dead letter."
                                : "This dead letter was already replayed, or has no content to replay.");
            }
        }
        return Response.accepted().build();
    }

    /** In the caller's transaction: claims the letter, appends its record to the outbox, and marks it replayed. */
    private static String republish(Connection c, long id) throws SQLException {
        String topic;
        String key;
        String payload;
        try (PreparedStatement q = c.prepareStatement(CLAIM)) {
            q.setLong(1, id);
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next()) {
                    return "NOT_FOUND";
                }
                if (rs.getTimestamp(4) != null || rs.getString(3) == null) {
                    return "CONFLICT";
                }
                topic = rs.getString(1);
                key = rs.getString(2);
                payload = rs.getString(3);
            }
        }
        try (PreparedStatement insert = c.prepareStatement(REPUBLISH)) {
            insert.setObject(1, UUID.randomUUID());
            insert.setString(2, topic);
            insert.setString(3, key != null ? key : "dead-letter-" + id);
            insert.setString(4, payload);
            insert.executeUpdate();
        }
        try (PreparedStatement mark = c.prepareStatement(MARK)) {
            mark.setLong(1, id);
            mark.executeUpdate();
        }
        return "REPLAYED";
    }

    private static java.time.Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
