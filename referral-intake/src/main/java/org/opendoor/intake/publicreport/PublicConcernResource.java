package org.opendoor.intake.publicreport;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.opendoor.intake.idempotency.IdempotencyKeys;
import org.opendoor.intake.referral.ReferralAccepted;
import org.opendoor.intake.referral.ReferralIntake;
import org.opendoor.web.Caller;
import org.opendoor.web.Problem;

/** The open web form: anyone may report a concern about a child, anonymously if they wish. */
@Path("/api/v1/public/concerns")
@PermitAll
public class PublicConcernResource {
    /** Idempotency keys of public reports share one scope: the web front end makes them unguessable. */
    static final String PUBLIC_SCOPE = "public";
    private final PublicReports reports;
    private final ReferralIntake intake;

    public PublicConcernResource(PublicReports reports, ReferralIntake intake) {
        this.reports = reports;
        this.intake = intake;
    }

    @POST
    @RateLimitedPerClient
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Report a concern about a child",
            description = "No sign-in needed; anonymous reports are welcome. When immediateDanger is true the answer "
                    + "tells you to call 999. Rate limited per client address.")
    @APIResponse(responseCode = "202", description = "Stored; the duty team will look at it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PublicConcernAccepted.class)))
    @APIResponse(responseCode = "400", description = "Invalid report; violations name the fields",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "Idempotency-Key reused with a different report",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "413", description = "Report too large", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "415", description = "Not application/json", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "429", description = "Too many reports from this address; see Retry-After",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "503", description = "Temporarily unavailable; see Retry-After",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response report(
            @Parameter(description = "Makes retries safe (a double click, a resent form): 1-200 visible ASCII "
                    + "characters, new for each report. The same key and report answer the first answer; the same key "
                    + "with another report is 409.", example = "0b9f6c1e-52a4-4c3e-a7f0-6d2f8e9a1b34")
            @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
            @Valid @NotNull PublicConcern report) throws SQLException {
        ReferralIntake.Draft draft = reports.draft(report);
        ReferralAccepted accepted = intake.accept(draft, Caller.PUBLIC,
                IdempotencyKeys.of(PUBLIC_SCOPE, idempotencyKey, report));
        return Response.accepted(PublicConcernAccepted.of(accepted, report.concern().inImmediateDanger())).build();
    }
}
