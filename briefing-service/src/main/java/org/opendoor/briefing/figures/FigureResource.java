package org.opendoor.briefing.figures;

import io.agroal.api.AgroalDataSource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.opendoor.briefing.areas.Area;
import org.opendoor.briefing.areas.AreaAccess;
import org.opendoor.briefing.areas.Areas;
import org.opendoor.briefing.measures.MeasureCatalogue;
import org.opendoor.model.OpenDoorZone;
import org.opendoor.web.AuditAction;
import org.opendoor.web.AuditTrail;
import org.opendoor.web.Caller;
import org.opendoor.web.Problem;

/**
 * Partner figures and history, sent by analysts (briefing-service/README.md). A submission is checked whole and
 * stored whole (and the audit trail says who sent it), or refused whole with every problem listed.
 */
@Path("/api/v1/figures")
@RolesAllowed(AreaAccess.ANALYST)
public class FigureResource {
    private static final String CSV = "text/csv";

    private final FigureStore store;
    private final Areas areas;
    private final MeasureCatalogue catalogue;
    private final AgroalDataSource dataSource;
    private final JsonWebToken token;
    private final Clock clock;
    private final OpenDoorZone zone;

    FigureResource(FigureStore store, Areas areas, MeasureCatalogue catalogue, AgroalDataSource dataSource,
            JsonWebToken token, Clock clock, OpenDoorZone zone) {
        this.store = store;
        this.areas = areas;
        this.catalogue = catalogue;
        this.dataSource = dataSource;
        this.token = token;
        this.clock = clock;
        this.zone = zone;
    }

    @POST
    @Consumes(CSV)
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "Send figures as CSV: month,area,measure,value[,source]")
    public SubmissionResult sendCsv(String csv) throws SQLException {
        return send(FiguresCsv.read(csv == null ? "" : csv));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "Send figures as JSON: {\"figures\": [{month, area, measure, value, source}]}")
    public SubmissionResult sendJson(FiguresRequest request) throws SQLException {
        List<RawFigure> raw = new ArrayList<>();
        List<FiguresRequest.Figure> figures = request == null || request.figures() == null ? List.of()
                : request.figures();
        for (int i = 0; i < figures.size(); i++) {
            FiguresRequest.Figure f = figures.get(i);
            raw.add(new RawFigure("figures[" + i + "]", f.month(), f.area(), f.measure(), f.value(), f.source()));
        }
        return send(raw);
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "The figures sent for an area and measure, each with every version it has had")
    public List<FigureHistory> history(@QueryParam("area") String area, @QueryParam("measure") String measure) {
        Set<String> mine = mine();
        if (area == null || !mine.contains(area)) {
            throw new Problem.Exception(Problem.invalid("area must be one of " + mine.stream().sorted().toList(),
                    List.of(new Problem.Violation("area", "must be one of " + mine.stream().sorted().toList()))));
        }
        if (measure == null || catalogue.measure(measure).isEmpty()) {
            throw new Problem.Exception(Problem.invalid("measure is not known (GET /api/v1/measures lists them)",
                    List.of(new Problem.Violation("measure", "is not known"))));
        }
        return FigureHistory.of(FigureRevision.of(area, measure));
    }

    private SubmissionResult send(List<RawFigure> raw) throws SQLException {
        FigureChecks checks = new FigureChecks(mine(), catalogue.submittableIds(),
                YearMonth.now(clock.withZone(zone.zone())));
        FigureChecks.Checked checked = checks.check(raw);
        if (!checked.violations().isEmpty()) {
            // the refusal is the response; nothing was stored, so the transaction has nothing to undo
            throw new Problem.Exception(Problem.invalid(checked.violations().size()
                    + " problem(s) in the figures: nothing was stored", checked.violations()));
        }
        Caller caller = Caller.from(token);
        SubmissionResult result = store.store(checked.rows(), new Submitter(caller.subject(), caller.org()));
        try (Connection c = dataSource.getConnection()) {
            AuditTrail.record(c, caller, AuditAction.SUBMIT_FIGURES, "figures:" + checked.rows().stream()
                    .map(FigureRow::area).distinct().sorted().collect(Collectors.joining(",")), "ACCEPTED added="
                    + result.added() + " corrected=" + result.corrected() + " unchanged=" + result.unchanged());
        }
        return result;
    }

    private Set<String> mine() {
        return AreaAccess.submittable(areas, token).stream().map(Area::code).collect(Collectors.toSet());
    }
}
