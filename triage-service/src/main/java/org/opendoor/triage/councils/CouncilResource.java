package org.opendoor.triage.councils;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.opendoor.web.Problem;

/** Public: which council takes reports about a child living at a postcode (the web journey's first question). */
@Path("/api/v1/councils")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class CouncilResource {
    private final Councils councils;

    public CouncilResource(Councils councils) {
        this.councils = councils;
    }

    @GET
    @CouncilLookupRateLimited
    @Operation(summary = "Which council(s) take reports for this postcode",
            description = "No token; rate limited per client address. One council; several where the postcode district "
                    + "is shared by councils; an empty list, with GOV.UK's council finder, outside the partnerships.")
    @APIResponse(responseCode = "200", description = "The councils")
    @APIResponse(responseCode = "400", description = "Not a UK postcode")
    @APIResponse(responseCode = "429", description = "Too many lookups from this address; see Retry-After")
    public CouncilLookup lookup(@Parameter(description = "A UK postcode", example = "LE11 3TU")
            @QueryParam("postcode") String postcode) {
        return councils.lookup(postcode).orElseThrow(() -> new Problem.Exception(Problem.invalid(
                "The postcode is not usable.", List.of(new Problem.Violation("postcode",
                        "must be a full UK postcode, like LE11 3TU")))));
    }
}
