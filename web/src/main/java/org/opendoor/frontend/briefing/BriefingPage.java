package org.opendoor.frontend.briefing;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Pattern;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.opendoor.frontend.form.DateAnswer;
import org.opendoor.frontend.form.FormErrors;
import org.opendoor.frontend.staff.ServiceCall;
import org.opendoor.frontend.staff.StaffMember;

/**
 * The monthly performance briefing: choose an area and a month (a plain GET form), then read that month's
 * briefing, its charts and tables, and download its figures as CSV. briefing-service decides which areas the
 * person may read; this page only asks it as them.
 */
@Path("/staff/briefing")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"analyst", "duty_manager"})
public class BriefingPage {
    // ONS codes and partnership codes; anything else never reaches the service (or a file name)
    private static final Pattern AREA = Pattern.compile("[A-Za-z0-9]{1,20}");
    private static final Pattern MEASURE = Pattern.compile("[A-Za-z0-9-]{1,80}");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance choose(List<Area> areas, String area, String month, String year,
                FormErrors errors);

        static native TemplateInstance briefing(BriefingView view);
    }

    private final BriefingApi briefings;
    private final StaffMember member;
    private final Clock clock;

    public BriefingPage(@RestClient BriefingApi briefings, StaffMember member, Clock clock) {
        this.briefings = briefings;
        this.member = member;
        this.clock = clock;
    }

    /** The form, with last month chosen; once sent, on to that briefing, or the form again with what is wrong. */
    @GET
    public Response choose(@QueryParam("area") String area, @QueryParam("month") String month,
            @QueryParam("year") String year) {
        List<Area> areas = areas();
        if (area == null && month == null && year == null) {
            YearMonth last = BriefingMonth.lastComplete(clock);
            return page(Response.Status.OK, areas, "", last, FormErrors.none());
        }
        FormErrors errors = FormErrors.none();
        String code = area == null ? "" : area.strip();
        if (areas.stream().noneMatch(a -> a.code().equals(code))) {
            errors.add("area", "Select the area");
        }
        BriefingMonth.Typed typed = BriefingMonth.typed(month, year, clock);
        if (typed.problem() != null) {
            monthProblem(errors, typed);
        }
        if (errors.any()) {
            return Response.status(Response.Status.BAD_REQUEST).type(MediaType.TEXT_HTML_TYPE)
                    .entity(Templates.choose(areas, code, orEmpty(month), orEmpty(year), errors)).build();
        }
        return Response.seeOther(UriBuilder.fromPath("/staff/briefing/{month}").queryParam("area", code)
                .build(typed.month().toString())).build();
    }

    @GET
    @Path("{month}")
    public Response briefing(@PathParam("month") String month, @QueryParam("area") String area) {
        BriefingMonth.Typed typed = BriefingMonth.fromAddress(month, clock);
        if (typed.problem() != null) {
            return page(Response.Status.BAD_REQUEST, areas(), orEmpty(area), null,
                    monthProblem(FormErrors.none(), typed));
        }
        if (area == null || area.isBlank()) {
            return page(Response.Status.OK, areas(), "", typed.month(), FormErrors.none());
        }
        String code = areaCode(area);
        Briefing briefing = ServiceCall.answer("briefing",
                () -> briefings.briefing(member.bearer(), typed.month().toString(), code));
        return Response.ok(Templates.briefing(BriefingView.from(briefing, typed.month())), MediaType.TEXT_HTML_TYPE)
                .build();
    }

    /** Every measure of the briefing, one row each, as the service writes it. */
    @GET
    @Path("{month}.csv")
    @Produces(BriefingApi.CSV)
    public Response briefingCsv(@PathParam("month") String month, @QueryParam("area") String area) {
        YearMonth m = monthOrNotFound(month);
        String code = areaCode(area);
        String csv = ServiceCall.answer("briefing CSV", () -> briefings.briefingCsv(member.bearer(), m.toString(), code));
        return attachment(csv, "briefing-" + code + "-" + m + ".csv");
    }

    /** The series behind one chart. */
    @GET
    @Path("{month}/{measure}.csv")
    @Produces(BriefingApi.CSV)
    public Response measureCsv(@PathParam("month") String month, @PathParam("measure") String measure,
            @QueryParam("area") String area) {
        YearMonth m = monthOrNotFound(month);
        String code = areaCode(area);
        if (measure == null || !MEASURE.matcher(measure).matches()) {
            throw new ServiceCall.NotFound();
        }
        String csv = ServiceCall.answer("briefing measure CSV",
                () -> briefings.measureCsv(member.bearer(), m.toString(), measure, code));
        return attachment(csv, measure + "-" + code + "-" + m + ".csv");
    }

    private List<Area> areas() {
        return ServiceCall.answer("briefing areas", () -> briefings.areas(member.bearer()));
    }

    private Response page(Response.Status status, List<Area> areas, String area, YearMonth month,
            FormErrors errors) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE).entity(Templates.choose(areas, area,
                month == null ? "" : String.valueOf(month.getMonthValue()),
                month == null ? "" : String.valueOf(month.getYear()), errors)).build();
    }

    /** The form's month and year are one question, {@code briefing}; the summary links to the input to fix. */
    private static FormErrors monthProblem(FormErrors errors, BriefingMonth.Typed typed) {
        return typed.part() == DateAnswer.Part.ALL ? errors.add("briefing", "briefing-month", typed.problem())
                : errors.addDatePart("briefing", typed.part(), typed.problem());
    }

    private YearMonth monthOrNotFound(String month) {
        return BriefingMonth.fromAddress(month, clock).valid().orElseThrow(ServiceCall.NotFound::new);
    }

    /** A hand-edited area that is no code at all is "not found", as an area the service does not know would be. */
    private static String areaCode(String area) {
        String code = area == null ? "" : area.strip();
        if (!AREA.matcher(code).matches()) {
            throw new ServiceCall.NotFound();
        }
        return code;
    }

    static Response attachment(String csv, String fileName) {
        return Response.ok(csv, BriefingApi.CSV + ";charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header("Cache-Control", "no-store").build();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
