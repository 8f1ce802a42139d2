package org.opendoor.briefing.report;

import io.agroal.api.AgroalDataSource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.opendoor.briefing.areas.Area;
import org.opendoor.briefing.areas.AreaAccess;
import org.opendoor.briefing.areas.Areas;
import org.opendoor.briefing.measures.Measure;
import org.opendoor.briefing.measures.MeasureCatalogue;
import org.opendoor.web.AuditAction;
import org.opendoor.web.AuditTrail;
import org.opendoor.web.Caller;
import org.opendoor.web.Problem;

/** The monthly briefing (briefing-service/README.md): JSON, or CSV for spreadsheets. */
@Path("/api/v1/briefings")
@RolesAllowed({AreaAccess.ANALYST, AreaAccess.DUTY_MANAGER})
public class BriefingResource {
    private static final String CSV = "text/csv";
    private static final YearMonth EARLIEST = YearMonth.of(2000, 1);

    private final Briefings briefings;
    private final Areas areas;
    private final MeasureCatalogue catalogue;
    private final AgroalDataSource dataSource;
    private final JsonWebToken token;

    BriefingResource(Briefings briefings, Areas areas, MeasureCatalogue catalogue, AgroalDataSource dataSource,
            JsonWebToken token) {
        this.briefings = briefings;
        this.areas = areas;
        this.catalogue = catalogue;
        this.dataSource = dataSource;
        this.token = token;
    }

    @GET
    @Path("/areas")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The areas the caller may read briefings for: its partnership first, then authorities")
    public List<BriefingView.AreaView> areas() {
        return AreaAccess.readable(areas, token).stream()
                .map(a -> new BriefingView.AreaView(a.code(), a.name(), a.kind().name(), a.authorities())).toList();
    }

    @GET
    @Path("/{month}")
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "An area's briefing for a month",
            description = "Every measure against what is usual for that month, in words that say only what the "
                    + "numbers support. published=true hides small numbers (for anything leaving the partnership).")
    public BriefingView briefing(@PathParam("month") String month, @QueryParam("area") String area,
            @QueryParam("published") boolean published) throws SQLException {
        YearMonth m = month(month);
        Area a = readable(area);
        audit("briefing:" + a.code() + ":" + m);
        return briefings.of(a, m, published);
    }

    @GET
    @Path("/{month}")
    @Produces(CSV)
    @Transactional
    @Operation(summary = "An area's briefing for a month, one line per measure")
    public Response briefingCsv(@PathParam("month") String month, @QueryParam("area") String area,
            @QueryParam("published") boolean published) throws SQLException {
        BriefingView b = briefing(month, area, published);
        return attachment(BriefingCsv.of(b), "briefing-" + b.area().code() + "-" + b.month() + ".csv");
    }

    @GET
    @Path("/{month}/measures/{measure}")
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "One measure of a briefing, with the series behind its chart")
    public MeasureView measure(@PathParam("month") String month, @PathParam("measure") String measure,
            @QueryParam("area") String area, @QueryParam("published") boolean published) throws SQLException {
        YearMonth m = month(month);
        Area a = readable(area);
        Measure found = catalogue.measure(measure).orElseThrow(() -> new Problem.Exception(Response.Status.NOT_FOUND,
                "There is no measure " + measure + " (GET /api/v1/measures lists them)"));
        audit("briefing:" + a.code() + ":" + m + ":" + found.id());
        return briefings.measure(a, found, m, published);
    }

    @GET
    @Path("/{month}/measures/{measure}")
    @Produces(CSV)
    @Transactional
    @Operation(summary = "The series behind one measure's chart, as CSV")
    public Response measureCsv(@PathParam("month") String month, @PathParam("measure") String measure,
            @QueryParam("area") String area, @QueryParam("published") boolean published) throws SQLException {
        MeasureView v = measure(month, measure, area, published);
        return attachment(BriefingCsv.of(v), v.measure() + "-" + area + "-" + month + ".csv");
    }

    private YearMonth month(String month) {
        try {
            YearMonth m = YearMonth.parse(month);
            if (m.isBefore(EARLIEST) || m.isAfter(YearMonth.now().plusMonths(1))) {
                throw invalid("month", "must be from " + EARLIEST + " to this month");
            }
            return m;
        } catch (DateTimeParseException e) {
            throw invalid("month", "must be a month as yyyy-MM, like 2020-06");
        }
    }

    private Area readable(String code) {
        List<Area> mine = AreaAccess.readable(areas, token);
        if (code == null || code.isBlank()) {
            throw invalid("area", "is required: one of " + mine.stream().map(Area::code).toList());
        }
        Area area = areas.find(code).orElseThrow(() -> new Problem.Exception(Response.Status.NOT_FOUND,
                "There is no area " + code));
        if (!mine.contains(area)) {
            throw new Problem.Exception(Response.Status.FORBIDDEN, "You can read briefings for "
                    + mine.stream().map(Area::code).toList() + ", not " + code);
        }
        return area;
    }

    private void audit(String target) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            AuditTrail.record(c, Caller.from(token), AuditAction.READ_BRIEFING, target, "OK");
        }
    }

    private static Response attachment(String csv, String filename) {
        return Response.ok(csv, CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + filename + "\"").build();
    }

    private static Problem.Exception invalid(String field, String message) {
        return new Problem.Exception(Problem.invalid(field + " " + message,
                List.of(new Problem.Violation(field, message))));
    }
}
