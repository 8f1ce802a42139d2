package org.opendoor.triage.returns;

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
import java.io.ByteArrayOutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.opendoor.web.AuditAction;
import org.opendoor.web.AuditTrail;
import org.opendoor.web.Caller;
import org.opendoor.web.Problem;

/**
 * The CIN census return of an authority (API.md): the DfE XML, or what the DfE rules say of it. Only the authority's
 * own duty managers may have it; every export and every refusal is audited. The XML is given even when the rules
 * find errors (staff decide, and the counts are in the response headers): the file is theirs to check and send.
 */
@Path("/api/v1/returns/cin-census")
@RolesAllowed("duty_manager")
public class ReturnsResource {
    static final String ERRORS_HEADER = "X-OpenDoor-Census-Errors";
    static final String QUERIES_HEADER = "X-OpenDoor-Census-Queries";
    static final String LA_NUMBER_HEADER = "X-OpenDoor-LA-Number";
    private static final String PREVIOUS_EXPORTS = """
            SELECT count(*) FROM audit_record WHERE action = ? AND target = ? AND outcome LIKE 'OK XML%'""";

    private final AgroalDataSource dataSource;
    private final CensusReturns returns;
    private final CensusValidation validation;
    private final JsonWebToken token;

    ReturnsResource(AgroalDataSource dataSource, CensusReturns returns, CensusValidation validation,
            JsonWebToken token) {
        this.dataSource = dataSource;
        this.returns = returns;
        this.validation = validation;
        this.token = token;
    }

    @GET
    @Path("/{year}")
    @Produces(MediaType.APPLICATION_XML)
    @Transactional(dontRollbackOn = Problem.Exception.class)
    @Operation(summary = "The authority's CIN census return as DfE XML",
            description = "Message/Header (CollectionDetails, Source) and Children/Child, one Child per child with a "
                    + "CINdetails per referral received in the collection year (1 April to 31 March, London dates). "
                    + "Given even when validation finds errors; X-OpenDoor-Census-Errors and -Queries count them, "
                    + "X-OpenDoor-LA-Number is the authority's DfE LA number.")
    @APIResponse(responseCode = "200", description = "The XML")
    @APIResponse(responseCode = "400", description = "No la, or a year that is not a collection year")
    @APIResponse(responseCode = "403", description = "la is not the caller's authority")
    public Response xml(@Parameter(description = "Collection year's end: 2026 for 1 April 2025 - 31 March 2026",
            example = "2026") @PathParam("year") String year,
            @Parameter(description = "ONS code of the authority", example = "E10000018") @QueryParam("la") String la)
            throws SQLException {
        Caller caller = Caller.from(token);
        CollectionYear collection = allowed(caller, la, year);
        String target = target(la, collection);
        CensusReturn census = returns.of(la, collection, previousExports(target) + 1, Instant.now());
        List<CensusFinding> findings = validation.validate(census);
        CensusValidationView counts = CensusValidationView.of(census, findings);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CinCensusXml.write(census, out);
        audit(caller, target, "OK XML serial " + census.serialNo() + ", " + counts.children() + " children, "
                + counts.errors() + " errors, " + counts.queries() + " queries");
        return Response.ok(out.toByteArray(), MediaType.APPLICATION_XML_TYPE.withCharset("UTF-8"))
                .header(ERRORS_HEADER, counts.errors()).header(QUERIES_HEADER, counts.queries())
                .header(LA_NUMBER_HEADER, census.laNumber())
                .header("Content-Disposition", "attachment; filename=\"CIN_" + census.laNumber() + "_"
                        + collection.year() + "_" + String.format("%03d", census.serialNo()) + ".xml\"")
                .build();
    }

    @GET
    @Path("/{year}")
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional(dontRollbackOn = Problem.Exception.class)
    @Operation(summary = "What the DfE CIN census rules say of the authority's return",
            description = "Every error and query, child by child: the rule code, ERROR or QUERY, the DfE's message "
                    + "and, for a rule about one referral, its reference, so staff can fix it at source.")
    @APIResponse(responseCode = "200", description = "The validation result")
    @APIResponse(responseCode = "400", description = "No la, or a year that is not a collection year")
    @APIResponse(responseCode = "403", description = "la is not the caller's authority")
    public CensusValidationView validation(@PathParam("year") String year, @QueryParam("la") String la)
            throws SQLException {
        Caller caller = Caller.from(token);
        CollectionYear collection = allowed(caller, la, year);
        CensusReturn census = returns.of(la, collection, previousExports(target(la, collection)) + 1, Instant.now());
        CensusValidationView view = CensusValidationView.of(census, validation.validate(census));
        audit(caller, target(la, collection), "OK VALIDATION " + view.children() + " children, " + view.errors()
                + " errors, " + view.queries() + " queries");
        return view;
    }

    /** The caller's own authority only: another authority's return is refused, and the refusal audited. */
    private CollectionYear allowed(Caller caller, String la, String year) throws SQLException {
        if (la == null || la.isBlank()) {
            throw new Problem.Exception(Problem.invalid("The request has 1 invalid field(s).",
                    List.of(new Problem.Violation("la", "is required: the ONS code of your authority"))));
        }
        if (!la.equals(caller.localAuthority())) {
            audit(caller, "cin-census:" + la + ":" + year, "REFUSED 403");
            throw new Problem.Exception(Response.Status.FORBIDDEN,
                    "You may export only your own authority's return.");
        }
        if (CensusReturns.laNumber(la).isEmpty()) {
            throw new Problem.Exception(Response.Status.NOT_FOUND, "No children's services authority " + la + ".");
        }
        try {
            return new CollectionYear(Integer.parseInt(year));
        } catch (IllegalArgumentException e) {
            throw new Problem.Exception(Problem.invalid("The request has 1 invalid field(s).",
                    List.of(new Problem.Violation("year", "must be a collection year's end, " + CollectionYear.FIRST
                            + "-" + CollectionYear.LAST + " (2026 for 1 April 2025 - 31 March 2026)"))));
        }
    }

    private static String target(String la, CollectionYear year) {
        return "cin-census:" + la + ":" + year.year();
    }

    private int previousExports(String target) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(PREVIOUS_EXPORTS)) {
            q.setString(1, AuditAction.EXPORT_RETURN.name());
            q.setString(2, target);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private void audit(Caller caller, String target, String outcome) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            AuditTrail.record(c, caller, AuditAction.EXPORT_RETURN, target, outcome);
        }
    }
}
