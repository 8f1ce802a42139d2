package org.opendoor.intake.referral;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.sql.SQLException;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.opendoor.intake.idempotency.IdempotencyKeys;
import org.opendoor.web.Caller;
import org.opendoor.web.Problem;

@Path("/api/v1/referrals")
@Produces(MediaType.APPLICATION_JSON)
@SecurityScheme(securitySchemeName = "jwt", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
@SecurityRequirement(name = "jwt")
public class ReferralResource {
    private final ReferralIntake intake;
    private final Channels channels;
    private final ReferralAccess access;
    private final OwnReferrals own;
    private final JsonWebToken token;

    public ReferralResource(ReferralIntake intake, Channels channels, ReferralAccess access, OwnReferrals own,
            JsonWebToken token) {
        this.own = own;
        this.intake = intake;
        this.channels = channels;
        this.access = access;
        this.token = token;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"school", "police", "call_handler", "professional"})
    @Operation(summary = "Submit a referral",
            description = "Answers 202 once the referral and its event are durably stored. The submitting organisation "
                    + "is the token's org claim. With an Idempotency-Key, a retry of the same body returns the first "
                    + "answer and never creates a second referral; the same key with another body is 409.")
    @APIResponse(responseCode = "202", description = "Accepted",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferralAccepted.class)))
    @APIResponse(responseCode = "400", description = "Invalid request; violations name the fields",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Role may not use this source, or token names no organisation",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "Idempotency-Key reused with a different body",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "413", description = "Body over the limit", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "415", description = "Not application/json", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "503", description = "Temporarily unavailable; see Retry-After",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response submit(
            @Parameter(description = "Makes retries safe: 1-200 visible ASCII characters, unique per submission, scoped "
                    + "to your organisation.", example = "4f1c2a9e-7b1d-4e0c-9a51-3f0a2b6c8d11")
            @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
            @Valid @NotNull ReferralSubmission submission) throws SQLException {
        Caller caller = Caller.from(token);
        ReferralIntake.Draft draft = channels.draft(submission, caller);
        Caller submitter = caller.actingIn(Channels.rolesUsing(submission.source()));
        ReferralAccepted accepted = intake.accept(draft, submitter,
                IdempotencyKeys.of(caller.org(), idempotencyKey, submission));
        return Response.accepted(accepted).location(URI.create("/api/v1/referrals/" + accepted.referralId())).build();
    }

    @GET
    @RolesAllowed({"school", "police", "call_handler", "professional"})
    @Operation(summary = "The caller's organisation's own referrals",
            description = "Newest first, each with its status and, once decided, the outcome (the feedback to the "
                    + "referrer); the organisation is the token's org claim. The read is audited.")
    @APIResponse(responseCode = "200", description = "The organisation's referrals")
    @APIResponse(responseCode = "400", description = "limit outside 1-200",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public List<ReferralView> mine(
            @Parameter(description = "At most this many (1-200)") @QueryParam("limit") @DefaultValue("50") int limit)
            throws SQLException {
        if (limit < 1 || limit > 200) {
            throw new Problem.Exception(Problem.invalid("The request has 1 invalid field(s).",
                    List.of(new Problem.Violation("limit", "must be between 1 and 200"))));
        }
        return own.of(Caller.from(token), limit);
    }

    @GET
    @Path("/{referralId}")
    @Authenticated
    @Operation(summary = "Status and outcome of a referral",
            description = "The submitting organisation sees status and, once decided, the outcome. Duty staff "
                    + "(duty_worker, duty_manager) of the authority it was routed to see everything. Anyone else gets 404. "
                    + "Every read is audited.")
    @APIResponse(responseCode = "200", description = "The referral as you may see it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferralView.class)))
    @APIResponse(responseCode = "404", description = "No such referral that you may see",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public ReferralView read(
            @Parameter(description = "The referralId from the 202 answer.", example = "7d0f3c52-8e0b-4f7a-9d55-0a6f2f1a6c11")
            @PathParam("referralId") String referralId) throws SQLException {
        return access.read(referralId, Caller.from(token)).orElseThrow(
                () -> new Problem.Exception(Response.Status.NOT_FOUND, "No such referral."));
    }
}
