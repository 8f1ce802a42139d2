package org.opendoor.notify.directory;

import io.agroal.api.AgroalDataSource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.opendoor.web.AuditAction;
import org.opendoor.web.AuditTrail;
import org.opendoor.web.Caller;
import org.opendoor.web.Problem;

/** The directory's admin API: rules administrators keep recipients up to date. Every change is audited. */
@Path("/api/v1/directory/{kind}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("rules_admin")
public class DirectoryResource {
    private final Directory directory;
    private final AgroalDataSource dataSource;
    private final JsonWebToken token;

    public DirectoryResource(Directory directory, AgroalDataSource dataSource, JsonWebToken token) {
        this.directory = directory;
        this.dataSource = dataSource;
        this.token = token;
    }

    @GET
    @Operation(summary = "List the recipients of one kind")
    public List<DirectoryEntryView> list(@PathParam("kind") String kind) {
        return directory.list(kindOf(kind)).stream().map(DirectoryEntryView::of).toList();
    }

    @GET
    @Path("/{key}")
    @Operation(summary = "One recipient")
    public DirectoryEntryView get(@PathParam("kind") String kind, @PathParam("key") String key) {
        return directory.find(kindOf(kind), key).map(DirectoryEntryView::of)
                .orElseThrow(() -> new Problem.Exception(Response.Status.NOT_FOUND, "No such directory entry."));
    }

    @PUT
    @Path("/{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "Add or change a recipient", description = "Validated like the data files; the change "
            + "takes effect for the next notification and is kept over the data file on restart.")
    public DirectoryEntryView put(@PathParam("kind") String kind, @PathParam("key") String key,
            DirectoryEntryRequest request) throws SQLException {
        if (request == null) {
            throw new Problem.Exception(Problem.invalid("A body is required.",
                    List.of(new Problem.Violation("body", "is required"))));
        }
        RecipientKind recipientKind = kindOf(kind);
        Channel channel = null;
        if (request.channel() != null) {
            channel = Arrays.stream(Channel.values()).filter(c -> c.name().equals(request.channel())).findFirst()
                    .orElse(null);
        }
        Recipient entry = new Recipient(recipientKind, key, request.name(), request.localAuthority(), channel,
                request.address(), channel == Channel.WEBHOOK ? request.secret() : null);
        List<Problem.Violation> violations = directory.violations(entry).stream()
                .map(v -> new Problem.Violation(v[0], v[1])).toList();
        if (!violations.isEmpty()) {
            throw new Problem.Exception(Problem.invalid("The directory entry is not valid.", violations));
        }
        try (Connection c = dataSource.getConnection()) {
            directory.save(c, entry);
            AuditTrail.record(c, Caller.from(token), AuditAction.CHANGE_DIRECTORY_ENTRY, recipientKind + "/" + key, "200");
        }
        return DirectoryEntryView.of(entry);
    }

    @DELETE
    @Path("/{key}")
    @Transactional
    @Operation(summary = "Remove a recipient", description = "Notifications for it then fail with \"no recipient\" "
            + "and alert the duty manager. An entry from a data file comes back at the next restart.")
    public Response delete(@PathParam("kind") String kind, @PathParam("key") String key) throws SQLException {
        RecipientKind recipientKind = kindOf(kind);
        try (Connection c = dataSource.getConnection()) {
            boolean removed = directory.remove(c, recipientKind, key);
            AuditTrail.record(c, Caller.from(token), AuditAction.DELETE_DIRECTORY_ENTRY, recipientKind + "/" + key,
                    removed ? "204" : "404");
            if (!removed) {
                throw new Problem.Exception(Response.Status.NOT_FOUND, "No such directory entry.");
            }
        }
        return Response.noContent().build();
    }

    private static RecipientKind kindOf(String kind) {
        return Arrays.stream(RecipientKind.values()).filter(k -> k.name().equals(kind)).findFirst()
                .orElseThrow(() -> new Problem.Exception(Response.Status.NOT_FOUND, "Unknown directory kind "
                        + kind + "; one of " + Arrays.toString(RecipientKind.values()) + "."));
    }
}
