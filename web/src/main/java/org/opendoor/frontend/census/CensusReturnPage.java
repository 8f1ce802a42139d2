package org.opendoor.frontend.census;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.opendoor.frontend.form.FormErrors;
import org.opendoor.frontend.staff.ServiceCall;
import org.opendoor.frontend.staff.StaffMember;

/**
 * The CIN census return of the duty manager's own authority: choose a collection year (this one by default), read
 * what the DfE rules say of it (the counts, then each child's errors and queries, each linked to its case), and
 * download the DfE XML. triage computes and audits both; this page only asks it as the person.
 */
@Path("/staff/returns/cin-census")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("duty_manager")
public class CensusReturnPage {
    private static final Pattern LA_NUMBER = Pattern.compile("\\d{3}");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance censusReturn(List<CollectionYear> years, CollectionYear year,
                CensusValidation validation, List<ChildFindings> children, FormErrors errors);
    }

    private final CensusReturnsApi returns;
    private final StaffMember member;
    private final Clock clock;

    public CensusReturnPage(@RestClient CensusReturnsApi returns, StaffMember member, Clock clock) {
        this.returns = returns;
        this.member = member;
        this.clock = clock;
    }

    @GET
    public Response show(@QueryParam("year") String year) {
        String authority = authority();
        Optional<CollectionYear> chosen = year == null ? Optional.of(CollectionYear.current(clock))
                : CollectionYear.offered(year, clock);
        if (chosen.isEmpty()) {
            return Response.status(Response.Status.BAD_REQUEST).type(MediaType.TEXT_HTML_TYPE)
                    .entity(Templates.censusReturn(CollectionYear.offered(clock), null, null, List.of(),
                            FormErrors.none().add("year", "Select a collection year from the list")))
                    .build();
        }
        CollectionYear y = chosen.get();
        CensusValidation validation;
        try {
            validation = ServiceCall.answer("triage census validation",
                    () -> returns.validation(member.bearer(), y.year(), authority));
        } catch (ServiceCall.Refused refused) {
            // triage's own check of the year or authority: said at the form, as ours would be
            return Response.status(Response.Status.BAD_REQUEST).type(MediaType.TEXT_HTML_TYPE)
                    .entity(Templates.censusReturn(CollectionYear.offered(clock), y, null, List.of(),
                            FormErrors.none().add("year", "Select a collection year from the list")))
                    .build();
        }
        return Response.ok(Templates.censusReturn(CollectionYear.offered(clock), y, validation,
                ChildFindings.group(validation.findings()), FormErrors.none()), MediaType.TEXT_HTML_TYPE).build();
    }

    /** The DfE XML as triage writes it, as a download named for the authority's LA number and the year. */
    @GET
    @Path("{year}.xml")
    @Produces(MediaType.APPLICATION_XML)
    public Response xml(@PathParam("year") String year) {
        String authority = authority();
        CollectionYear y = CollectionYear.offered(year, clock).orElseThrow(ServiceCall.NotFound::new);
        Response answer = ServiceCall.answer("triage census XML", () -> returns.xml(member.bearer(), y.year(),
                authority));
        byte[] xml = answer.readEntity(byte[].class);
        String laNumber = answer.getHeaderString(CensusReturnsApi.LA_NUMBER);
        String name = laNumber != null && LA_NUMBER.matcher(laNumber).matches() ? laNumber : authority;
        return Response.ok(xml, MediaType.APPLICATION_XML + ";charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"cin-census-" + name + "-" + y.year()
                        + ".xml\"")
                .header("Cache-Control", "no-store").build();
    }

    /** A duty manager without an authority has no return to see. */
    private String authority() {
        String la = member.authority();
        if (la == null || !la.matches("E\\d{8}")) {
            throw new ForbiddenException();
        }
        return la;
    }
}
