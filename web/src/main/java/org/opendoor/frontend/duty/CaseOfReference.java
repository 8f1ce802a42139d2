package org.opendoor.frontend.duty;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.regex.Pattern;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.opendoor.frontend.staff.ServiceCall;
import org.opendoor.frontend.staff.StaffMember;

/**
 * The case page of a referral, by its reference ({@code OD-2026-000123}): the address the CIN census findings link
 * to (the DfE rules name a referral by reference). Another authority's referral is triage's 404, as for its case.
 */
@Path("/staff/cases/by-reference/{reference}")
@RolesAllowed({"duty_worker", "duty_manager"})
public class CaseOfReference {
    private static final Pattern REFERENCE = Pattern.compile("[A-Z0-9-]{1,40}");
    private final CasesApi cases;
    private final StaffMember member;

    public CaseOfReference(@RestClient CasesApi cases, StaffMember member) {
        this.cases = cases;
        this.member = member;
    }

    @GET
    public Response open(@PathParam("reference") String reference) {
        if (reference == null || !REFERENCE.matcher(reference).matches()) {
            throw new ServiceCall.NotFound();
        }
        CaseDetail found = ServiceCall.answer("triage case of reference",
                () -> cases.byReference(member.bearer(), reference));
        return Response.seeOther(URI.create("/staff/cases/" + found.caseId())).build();
    }
}
