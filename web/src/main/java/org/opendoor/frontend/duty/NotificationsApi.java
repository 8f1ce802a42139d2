package org.opendoor.frontend.duty;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** agency-notify's notifications of a referral (API.md), as the signed-in duty worker may see them. */
@RegisterRestClient(configKey = "notify")
@Path("/api/v1/notifications")
@Produces(MediaType.APPLICATION_JSON)
public interface NotificationsApi {
    @GET
    List<CaseDetail.Notification> of(@HeaderParam("Authorization") String bearer,
            @QueryParam("referralId") UUID referralId);
}
