package org.opendoor.frontend.census;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * triage-service's CIN census return of an authority, called as the signed-in duty manager: triage gives it only to
 * that authority's own duty managers (anyone else is its 403) and audits every export.
 */
@RegisterRestClient(configKey = "triage")
@Path("/api/v1/returns/cin-census")
public interface CensusReturnsApi {
    /** The response header with the authority's DfE LA number, which names the download. */
    String LA_NUMBER = "X-OpenDoor-LA-Number";

    @GET
    @Path("/{year}")
    @Produces(MediaType.APPLICATION_JSON)
    CensusValidation validation(@HeaderParam("Authorization") String bearer, @PathParam("year") int year,
            @QueryParam("la") String localAuthority);

    @GET
    @Path("/{year}")
    @Produces(MediaType.APPLICATION_XML)
    Response xml(@HeaderParam("Authorization") String bearer, @PathParam("year") int year,
            @QueryParam("la") String localAuthority);
}
