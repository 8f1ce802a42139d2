package org.opendoor.frontend.duty;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * triage-service's duty queue and cases (API.md), called with the signed-in person's access token: triage scopes
 * everything to the token's authority, so another authority's case is a 404 here too.
 */
@RegisterRestClient(configKey = "triage")
@Path("/api/v1/cases")
@Produces(MediaType.APPLICATION_JSON)
public interface CasesApi {
    @GET
    List<CaseSummary> queue(@HeaderParam("Authorization") String bearer, @QueryParam("status") String status,
            @QueryParam("priority") String priority, @QueryParam("limit") int limit);

    @GET
    @Path("/{caseId}")
    CaseDetail get(@HeaderParam("Authorization") String bearer, @PathParam("caseId") UUID caseId);

    @GET
    @Path("/by-referral/{referralId}")
    CaseDetail byReferral(@HeaderParam("Authorization") String bearer, @PathParam("referralId") UUID referralId);

    @GET
    @Path("/by-reference/{reference}")
    CaseDetail byReference(@HeaderParam("Authorization") String bearer, @PathParam("reference") String reference);

    @GET
    @Path("/{caseId}/audit")
    List<CaseDetail.AuditEntry> audit(@HeaderParam("Authorization") String bearer, @PathParam("caseId") UUID caseId);

    @POST
    @Path("/{caseId}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    CaseDetail decide(@HeaderParam("Authorization") String bearer, @PathParam("caseId") UUID caseId,
            Map<String, String> decision);

    @POST
    @Path("/{caseId}/source-code")
    @Consumes(MediaType.APPLICATION_JSON)
    CaseDetail correctSourceCode(@HeaderParam("Authorization") String bearer, @PathParam("caseId") UUID caseId,
            Map<String, String> correction);

    @POST
    @Path("/{caseId}/transfer")
    @Consumes(MediaType.APPLICATION_JSON)
    CaseDetail transfer(@HeaderParam("Authorization") String bearer, @PathParam("caseId") UUID caseId,
            Map<String, String> transfer);

    @PUT
    @Path("/{caseId}/children/{childIndexId}/characteristics")
    @Consumes(MediaType.APPLICATION_JSON)
    JsonNode recordCharacteristics(@HeaderParam("Authorization") String bearer, @PathParam("caseId") UUID caseId,
            @PathParam("childIndexId") UUID childIndexId, Map<String, Object> characteristics);

    @POST
    @Path("/{caseId}/possible-matches/{matchedChildId}")
    @Consumes(MediaType.APPLICATION_JSON)
    CaseDetail resolveMatch(@HeaderParam("Authorization") String bearer, @PathParam("caseId") UUID caseId,
            @PathParam("matchedChildId") UUID matchedChildId, Map<String, Boolean> answer);
}
