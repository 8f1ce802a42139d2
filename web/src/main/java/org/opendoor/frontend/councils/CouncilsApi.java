package org.opendoor.frontend.councils;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** triage-service's public council finder (API.md). No token; rate limited per client, so we pass the client on. */
@RegisterRestClient(configKey = "triage")
@Path("/api/v1/councils")
public interface CouncilsApi {
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    CouncilsAnswer forPostcode(@QueryParam("postcode") String postcode,
            @HeaderParam("X-Forwarded-For") String clientAddress);
}
