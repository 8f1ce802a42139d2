package org.opendoor.notify.api;

import io.agroal.api.AgroalDataSource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.opendoor.notify.delivery.Notification;
import org.opendoor.notify.directory.Directory;
import org.opendoor.notify.directory.RecipientRules;
import org.opendoor.notify.referral.ReferralRecords;
import org.opendoor.web.AuditAction;
import org.opendoor.web.AuditTrail;
import org.opendoor.web.Caller;
import org.opendoor.web.Problem;

/**
 * Who was told what about a referral, for the duty staff (and auditors) of the authority it was routed to. A case in a
 * partnership hub is its partnership's authorities'; one that no hub holds, their duty managers', as triage shows them.
 */
@Path("/api/v1/notifications")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationsResource {
    private final AgroalDataSource dataSource;
    private final ReferralRecords records;
    private final Directory directory;
    private final JsonWebToken token;

    public NotificationsResource(AgroalDataSource dataSource, ReferralRecords records, Directory directory,
            JsonWebToken token) {
        this.dataSource = dataSource;
        this.records = records;
        this.directory = directory;
        this.token = token;
    }

    @GET
    @RolesAllowed({"duty_worker", "duty_manager", "auditor"})
    @Transactional(dontRollbackOn = Problem.Exception.class)
    @Operation(summary = "Every notification for a referral", description = "Scoped to the caller's authority "
            + "(the la claim), or its partnership's hub for a case no authority holds yet: a referral routed "
            + "elsewhere, or not yet triaged, answers 404. Every read is audited.")
    public List<NotificationView> forReferral(
            @Parameter(description = "The referral", example = "0b0a5c7e-2f4e-4c1b-9a0e-5f6d7e8f9a0b")
            @QueryParam("referralId") String referralId) throws SQLException {
        UUID id = parse(referralId);
        Caller caller = Caller.from(token);
        try (Connection c = dataSource.getConnection()) {
            String authority = records.authorityOf(c, id).orElse(null);
            if (authority == null || !mayRead(caller, authority)) {
                AuditTrail.record(c, caller, AuditAction.READ_NOTIFICATIONS, id.toString(), "404");
                throw new Problem.Exception(Response.Status.NOT_FOUND, "No referral " + id + " in your authority.");
            }
            List<NotificationView> views = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT * FROM notification WHERE referral_id = ? ORDER BY created_at, purpose, recipient")) {
                q.setObject(1, id);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        views.add(NotificationView.of(Notification.read(rs)));
                    }
                }
            }
            AuditTrail.record(c, caller, AuditAction.READ_NOTIFICATIONS, id.toString(), "200");
            return views;
        }
    }

    private boolean mayRead(Caller caller, String routedTo) {
        String la = caller.localAuthority();
        if (la == null) {
            return false;
        }
        if (RecipientRules.PARTNERSHIP.equals(routedTo)) {
            return (caller.hasRole("duty_manager") || caller.hasRole("auditor"))
                    && directory.partnerships().anyIncludes(la);
        }
        return routedTo.equals(la) || directory.partnerships().includes(routedTo, la);
    }

    private static UUID parse(String referralId) {
        if (referralId == null || referralId.isBlank()) {
            throw new Problem.Exception(Problem.invalid("referralId is required.",
                    List.of(new Problem.Violation("referralId", "is required"))));
        }
        try {
            return UUID.fromString(referralId.trim());
        } catch (IllegalArgumentException e) {
            throw new Problem.Exception(Problem.invalid("referralId is not a UUID.",
                    List.of(new Problem.Violation("referralId", "must be a UUID"))));
        }
    }
}
