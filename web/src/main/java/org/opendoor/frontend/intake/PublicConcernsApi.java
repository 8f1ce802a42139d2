package org.opendoor.frontend.intake;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * referral-intake's open public form (API.md). The same Idempotency-Key with the same body returns the first
 * answer, so a retried or doubled submission stores one referral.
 */
@RegisterRestClient(configKey = "intake")
@Path("/api/v1/public/concerns")
public interface PublicConcernsApi {
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    PublicConcernAccepted report(PublicConcernRequest concern, @HeaderParam("Idempotency-Key") String idempotencyKey,
            @HeaderParam("X-Forwarded-For") String clientAddress);
}
