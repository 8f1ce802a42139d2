package org.opendoor.frontend.duty;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.opendoor.frontend.staff.ServiceCall;
import org.opendoor.frontend.staff.StaffMember;

/**
 * The case page of a referral, by the referral's id: the address a duty alert or escalation email can link to
 * (it knows the referral, not the case). Triage answers 404 for another authority's referral, as for its case.
 */
@Path("/staff/cases/by-referral/{referralId}")
@RolesAllowed({"duty_worker", "duty_manager"})
public class CaseOfReferral {
    private final CasesApi cases;
    private final StaffMember member;

    public CaseOfReferral(@RestClient CasesApi cases, StaffMember member) {
        this.cases = cases;
        this.member = member;
    }

    @GET
    public Response open(@PathParam("referralId") String referralId) {
        UUID id;
        try {
            id = UUID.fromString(referralId);
        } catch (IllegalArgumentException e) {
            throw new ServiceCall.NotFound();
        }
        CaseDetail found = ServiceCall.answer("triage case of referral", () -> cases.byReferral(member.bearer(), id));
        return Response.seeOther(URI.create("/staff/cases/" + found.caseId())).build();
    }
}
