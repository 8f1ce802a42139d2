package org.opendoor.intake.referral;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.sql.SQLException;
import java.util.Map;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.opendoor.model.ReferralSource;
import org.opendoor.web.Caller;
import org.opendoor.web.Problem;

@Path("/api/v1/referrals")
@Produces(MediaType.APPLICATION_JSON)
public class ReferralResource {
    /** The one source each referring role may use. */
    private static final Map<String, ReferralSource> SOURCE_OF_ROLE = Map.of(
            "school", ReferralSource.SCHOOL,
            "police", ReferralSource.POLICE,
            "call_handler", ReferralSource.PHONE,
            "professional", ReferralSource.PROFESSIONAL);

    private final ReferralIntake intake;
    private final JsonWebToken token;

    public ReferralResource(ReferralIntake intake, JsonWebToken token) {
        this.intake = intake;
        this.token = token;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"school", "police", "call_handler", "professional"})
    @Operation(summary = "Submit a referral", description = "Answers 202 once the referral and its event are durably stored.")
    @APIResponse(responseCode = "202", description = "Accepted")
    public Response submit(@Valid @NotNull ReferralSubmission submission) throws SQLException {
        Caller caller = Caller.from(token);
        boolean sourceAllowed = SOURCE_OF_ROLE.entrySet().stream()
                .anyMatch(e -> caller.hasRole(e.getKey()) && e.getValue() == submission.source());
        if (!sourceAllowed) {
            throw new Problem.Exception(Response.Status.FORBIDDEN, "Your role may not submit referrals with source "
                    + submission.source() + ".");
        }
        if (submission.source() == ReferralSource.POLICE && submission.police() == null) {
            throw new Problem.Exception(Problem.invalid("A police referral needs the police block.",
                    java.util.List.of(new Problem.Violation("police", "is required when source is POLICE"))));
        }
        ReferralAccepted accepted = intake.accept(submission, caller);
        return Response.accepted(accepted).location(URI.create("/api/v1/referrals/" + accepted.referralId())).build();
    }
}
