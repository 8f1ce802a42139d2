package org.opendoor.frontend.briefing;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * briefing-service's API (its README), called with the signed-in person's access token: the service decides which
 * areas the person may read and which figures they may send, so a hand-edited area code is its 403 or 404.
 */
@RegisterRestClient(configKey = "briefing")
@Path("/api/v1")
public interface BriefingApi {
    String CSV = "text/csv";

    @GET
    @Path("/briefings/areas")
    @Produces(MediaType.APPLICATION_JSON)
    List<Area> areas(@HeaderParam("Authorization") String bearer);

    @GET
    @Path("/briefings/{month}")
    @Produces(MediaType.APPLICATION_JSON)
    Briefing briefing(@HeaderParam("Authorization") String bearer, @PathParam("month") String month,
            @QueryParam("area") String area);

    @GET
    @Path("/briefings/{month}")
    @Produces(CSV)
    String briefingCsv(@HeaderParam("Authorization") String bearer, @PathParam("month") String month,
            @QueryParam("area") String area);

    @GET
    @Path("/briefings/{month}/measures/{measure}")
    @Produces(CSV)
    String measureCsv(@HeaderParam("Authorization") String bearer, @PathParam("month") String month,
            @PathParam("measure") String measure, @QueryParam("area") String area);

    @GET
    @Path("/measures")
    @Produces(MediaType.APPLICATION_JSON)
    List<CatalogueMeasure> measures(@HeaderParam("Authorization") String bearer);

    @POST
    @Path("/figures")
    @Consumes(CSV)
    @Produces(MediaType.APPLICATION_JSON)
    FiguresReceived submit(@HeaderParam("Authorization") String bearer, String csv);

    @GET
    @Path("/figures")
    @Produces(MediaType.APPLICATION_JSON)
    List<SubmittedFigure> figures(@HeaderParam("Authorization") String bearer, @QueryParam("area") String area,
            @QueryParam("measure") String measure);
}
