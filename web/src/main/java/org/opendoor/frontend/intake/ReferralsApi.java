package org.opendoor.frontend.intake;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * referral-intake's referrals API (API.md) as a signed-in person uses it: a call handler submits a phone referral,
 * and referrers read their own referrals' status and outcome. Called with the person's access token.
 */
@RegisterRestClient(configKey = "intake")
@Path("/api/v1/referrals")
@Produces(MediaType.APPLICATION_JSON)
public interface ReferralsApi {
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    ReferralFeedback submit(@HeaderParam("Authorization") String bearer,
            @HeaderParam("Idempotency-Key") String idempotencyKey, JsonNode referral);

    @GET
    @Path("/{referralId}")
    ReferralFeedback read(@HeaderParam("Authorization") String bearer, @PathParam("referralId") UUID referralId);

    @GET
    List<ReferralFeedback> mine(@HeaderParam("Authorization") String bearer);
}
