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
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.opendoor.web.AuditAction;
import org.opendoor.web.AuditTrail;
import org.opendoor.web.Caller;
import org.opendoor.web.Problem;

/**
 * The directory's admin API: rules administrators keep recipients up to date, each within their scope
 * ({@link AdminScope}). Every change, and every refusal for scope, is audited with the old and new address; the
 * front-door managers are told of every change. A refused change changes nothing.
 */
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
    // a 403 changed nothing, and its audit record is kept
    @Transactional(rollbackOn = Exception.class, dontRollbackOn = Problem.Exception.class)
    @Operation(summary = "Add or change a recipient", description = "Validated like the data files (a webhook is "
            + "https to a public address); only within the caller's authority (la) or partnership, else 403. The "
            + "change takes effect for the next notification, is kept over the data file on restart, and the "
            + "front-door manager is emailed about it.")
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
        Optional<Recipient> before = directory.find(recipientKind, key);
        String target = recipientKind + "/" + key;
        AdminScope scope = scope();
        for (String authority : before.isPresent() ? List.of(before.get().localAuthority(), entry.localAuthority())
                : List.of(entry.localAuthority())) {
            if (!directory.mayChange(scope, authority)) {
                refuse(AuditAction.CHANGE_DIRECTORY_ENTRY, target, scope, authority, "refused: address: "
                        + DirectoryChange.describe(before.orElse(null)) + " -> " + DirectoryChange.describe(entry));
            }
        }
        DirectoryChange change = directory.save(entry, Caller.from(token).subject());
        audit(AuditAction.CHANGE_DIRECTORY_ENTRY, target, "200", change.addressChange() + told(change));
        return DirectoryEntryView.of(entry);
    }

    @DELETE
    @Path("/{key}")
    // a 404 or 403 removed nothing, and its audit record is kept
    @Transactional(dontRollbackOn = Problem.Exception.class)
    @Operation(summary = "Remove a recipient", description = "Notifications for it then fail with \"no recipient\" "
            + "and alert the duty manager. The entry stays removed, a data file's included, across restarts. Only "
            + "within the caller's authority (la) or partnership, else 403; the front-door manager is emailed.")
    public Response delete(@PathParam("kind") String kind, @PathParam("key") String key) throws SQLException {
        RecipientKind recipientKind = kindOf(kind);
        String target = recipientKind + "/" + key;
        Optional<Recipient> before = directory.find(recipientKind, key);
        if (before.isEmpty()) {
            audit(AuditAction.DELETE_DIRECTORY_ENTRY, target, "404", null);
            throw new Problem.Exception(Response.Status.NOT_FOUND, "No such directory entry.");
        }
        AdminScope scope = scope();
        if (!directory.mayChange(scope, before.get().localAuthority())) {
            refuse(AuditAction.DELETE_DIRECTORY_ENTRY, target, scope, before.get().localAuthority(),
                    "refused: address: " + DirectoryChange.describe(before.get()) + " -> (none)");
        }
        DirectoryChange change = directory.remove(recipientKind, key, Caller.from(token).subject()).orElseThrow();
        audit(AuditAction.DELETE_DIRECTORY_ENTRY, target, "204", change.addressChange() + told(change));
        return Response.noContent().build();
    }

    private AdminScope scope() {
        return AdminScope.of(token.getClaim("la"), token.getClaim("partnership"));
    }

    /** Audits the refusal (kept: nothing else was written) and answers 403. */
    private void refuse(AuditAction action, String target, AdminScope scope, String authority, String detail)
            throws SQLException {
        audit(action, target, "403", detail + "; scope: " + scope.describe());
        throw new Problem.Exception(Response.Status.FORBIDDEN, "Entries of " + authority + " are outside your "
                + "directory scope (" + scope.describe() + "). A rules administrator changes the entries of their own "
                + "authority (la) or partnership only.");
    }

    private static String told(DirectoryChange change) {
        return "; told: " + String.join(", ", change.managers().stream().map(m -> m.recipient() == null
                ? "no front-door manager for " + m.authority() : m.recipient().address()).toList());
    }

    /** The audit record joins the change's transaction: both are kept, or neither. */
    private void audit(AuditAction action, String target, String outcome, String detail) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            AuditTrail.record(c, Caller.from(token), action, target, outcome, detail);
        }
    }

    private static RecipientKind kindOf(String kind) {
        return Arrays.stream(RecipientKind.values()).filter(k -> k.name().equals(kind)).findFirst()
                .orElseThrow(() -> new Problem.Exception(Response.Status.NOT_FOUND, "Unknown directory kind "
                        + kind + "; one of " + Arrays.toString(RecipientKind.values()) + "."));
    }
}
