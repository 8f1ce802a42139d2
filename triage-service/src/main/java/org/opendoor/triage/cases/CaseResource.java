package org.opendoor.triage.cases;

import com.fasterxml.jackson.databind.JsonNode;
import io.agroal.api.AgroalDataSource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.opendoor.model.CaseStatus;
import org.opendoor.model.Json;
import org.opendoor.model.Priority;
import org.opendoor.triage.children.ChildCharacteristics;
import org.opendoor.triage.children.ChildIndex;
import org.opendoor.triage.children.PossibleMatches;
import org.opendoor.web.AuditAction;
import org.opendoor.web.AuditTrail;
import org.opendoor.web.Caller;
import org.opendoor.web.Problem;

/** The duty queue and case detail (API.md). Every read by a person is audited, found or not. */
@Path("/api/v1/cases")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"duty_worker", "duty_manager"})
public class CaseResource {
    private final AgroalDataSource dataSource;
    private final DutyCases cases;
    private final Decisions decisionRecords;
    private final Transfers transferRecords;
    private final PossibleMatches possibleMatches;
    private final CaseAccess access;
    private final CaseDecisions decisions;
    private final MatchReview matches;
    private final AuthorityConfirmation authorities;
    private final CaseTransfers transfers;
    private final SourceCodeCorrections sourceCodes;
    private final JsonWebToken token;
    private final ChildCharacteristicsChanges characteristicsChanges;
    private final ChildIndex childIndex;

    CaseResource(AgroalDataSource dataSource, DutyCases cases, Decisions decisionRecords, Transfers transferRecords,
            PossibleMatches possibleMatches, CaseAccess access, CaseDecisions decisions, MatchReview matches,
            AuthorityConfirmation authorities, CaseTransfers transfers, SourceCodeCorrections sourceCodes,
            ChildCharacteristicsChanges characteristicsChanges, ChildIndex childIndex, JsonWebToken token) {
        this.childIndex = childIndex;
        this.characteristicsChanges = characteristicsChanges;
        this.decisionRecords = decisionRecords;
        this.transferRecords = transferRecords;
        this.possibleMatches = possibleMatches;
        this.transfers = transfers;
        this.sourceCodes = sourceCodes;
        this.authorities = authorities;
        this.dataSource = dataSource;
        this.cases = cases;
        this.access = access;
        this.decisions = decisions;
        this.matches = matches;
        this.token = token;
    }

    @GET
    @Transactional
    @Operation(summary = "The caller's duty queue",
            description = "Cases of the caller's authority (la claim), including those that came in through its "
                    + "front door with no placeable postcode, and of its partnership hub; most urgent first: "
                    + "priority, then decision due time.")
    @APIResponse(responseCode = "200", description = "The queue")
    public List<CaseView> queue(
            @Parameter(description = "AWAITING_DECISION, DECIDED or TRANSFERRED_OUT_OF_AREA") @QueryParam("status")
            String status,
            @Parameter(description = "RED, AMBER or GREEN") @QueryParam("priority") String priority,
            @Parameter(description = "At most this many cases (1-500)") @QueryParam("limit") @DefaultValue("100")
            int limit) throws SQLException {
        Caller caller = Caller.from(token);
        CaseStatus statusFilter = parse(CaseStatus.class, "status", status);
        Priority priorityFilter = parse(Priority.class, "priority", priority);
        if (limit < 1 || limit > 500) {
            throw new Problem.Exception(Problem.invalid("The request has 1 invalid field(s).",
                    List.of(new Problem.Violation("limit", "must be between 1 and 500"))));
        }
        List<CaseView> queue = new ArrayList<>();
        Instant now = Instant.now();
        for (DutyCase d : cases.queue(caller.localAuthority() == null ? "" : caller.localAuthority(),
                access.extraQueues(caller), statusFilter, priorityFilter, limit)) {
            queue.add(CaseView.of(d, null, null, null, null, null, now));
        }
        audit(caller, AuditAction.LIST_CASES, "queue:" + caller.localAuthority(), "OK " + queue.size());
        return queue;
    }

    @GET
    @Path("/{caseId}")
    @Operation(summary = "A case with its explanation, possible matches, decision and the referral")
    @APIResponse(responseCode = "200", description = "The case")
    @APIResponse(responseCode = "404", description = "No such case in the caller's authority")
    @Transactional(dontRollbackOn = Problem.Exception.class)
    public CaseView byId(@PathParam("caseId") UUID caseId) throws SQLException {
        return read("case:" + caseId, () -> cases.findByIdOptional(caseId));
    }

    @GET
    @Path("/by-referral/{referralId}")
    @Operation(summary = "The case opened for a referral")
    @APIResponse(responseCode = "200", description = "The case")
    @APIResponse(responseCode = "404", description = "No such case in the caller's authority (or not triaged yet)")
    @Transactional(dontRollbackOn = Problem.Exception.class)
    public CaseView byReferral(@PathParam("referralId") UUID referralId) throws SQLException {
        return read("referral:" + referralId, () -> cases.findByReferral(referralId));
    }

    @GET
    @Path("/by-reference/{reference}")
    @Operation(summary = "The case opened for a referral, by the referral's reference",
            description = "For pages that know only the reference, such as the CIN census findings.")
    @APIResponse(responseCode = "200", description = "The case")
    @APIResponse(responseCode = "404", description = "No such case in the caller's authority (or not triaged yet)")
    @Transactional(dontRollbackOn = Problem.Exception.class)
    public CaseView byReference(@PathParam("reference") String reference) throws SQLException {
        if (reference == null || !reference.matches("[A-Z0-9-]{1,40}")) {
            throw new Problem.Exception(Response.Status.NOT_FOUND, "No such case.");
        }
        return read("reference:" + reference, () -> cases.findByReference(reference));
    }

    @GET
    @Path("/{caseId}/audit")
    @Operation(summary = "Who opened or changed the case", description = "Triage's audit trail of the case, newest "
            + "first (at most 100 entries). This read is itself audited.")
    @APIResponse(responseCode = "200", description = "The audit entries")
    @APIResponse(responseCode = "404", description = "No such case in the caller's authority")
    @Transactional(dontRollbackOn = Problem.Exception.class)
    public List<CaseAudit.Entry> audit(@PathParam("caseId") UUID caseId) throws SQLException {
        Caller caller = Caller.from(token);
        Optional<DutyCase> found = cases.findByIdOptional(caseId).filter(d -> access.maySee(caller, d));
        audit(caller, AuditAction.READ_CASE, "case:" + caseId, found.isPresent() ? "OK AUDIT" : "NOT_FOUND");
        DutyCase dutyCase = found.orElseThrow(() -> new Problem.Exception(Response.Status.NOT_FOUND,
                "No such case."));
        try (Connection c = dataSource.getConnection()) {
            return CaseAudit.of(c, dutyCase, 100);
        }
    }

    @POST
    @Path("/{caseId}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Decide a case", description = "One decision per case. A rationale is required when the "
            + "outcome departs from the recommended pathway. Publishes opendoor.referral.decided.v1.")
    @APIResponse(responseCode = "200", description = "Decided; the case as it now stands")
    @APIResponse(responseCode = "400", description = "Invalid outcome, or a departure without rationale")
    @APIResponse(responseCode = "404", description = "No such case in the caller's authority")
    @APIResponse(responseCode = "409", description = "Already decided, or transferred out of area")
    public CaseView decide(@PathParam("caseId") UUID caseId, @Valid @NotNull DecisionRequest request) {
        Caller caller = Caller.from(token);
        decisions.decide(caller, caseId, request);
        return asItNowStands(caseId);
    }

    @POST
    @Path("/{caseId}/possible-matches/{matchedChildId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Confirm or reject a possible match",
            description = "Same child: the referral is linked to the matched child and priorReferrals12Months is "
                    + "recounted from confirmed links. Different child: the match is closed. Answered once.")
    @APIResponse(responseCode = "200", description = "The case as it now stands")
    @APIResponse(responseCode = "404", description = "No such case in the caller's authority, or no such match")
    @APIResponse(responseCode = "409", description = "Already answered")
    public CaseView resolveMatch(@PathParam("caseId") UUID caseId, @PathParam("matchedChildId") UUID matchedChildId,
            @Valid @NotNull MatchAnswer answer) {
        matches.resolve(Caller.from(token), caseId, matchedChildId, answer.sameChild());
        return asItNowStands(caseId);
    }

    @POST
    @Path("/{caseId}/authority")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Confirm the authority of a partnership-hub case",
            description = "For undecided cases in a partnership hub (a shared postcode district, or a referral "
                    + "nothing else placed): moves the case to the confirmed authority's duty queue, runs the rules "
                    + "again with its ruleset and re-publishes ReferralTriaged so its duty team is alerted.")
    @APIResponse(responseCode = "200", description = "The case as it now stands")
    @APIResponse(responseCode = "400", description = "Unknown authority")
    @APIResponse(responseCode = "404", description = "No such case visible to the caller")
    @APIResponse(responseCode = "409", description = "The case is not an undecided hub case")
    public CaseView confirmAuthority(@PathParam("caseId") UUID caseId, @Valid @NotNull AuthorityAnswer answer) {
        authorities.confirm(Caller.from(token), caseId, answer.localAuthority());
        return asItNowStands(caseId);
    }

    @POST
    @Path("/{caseId}/transfer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Transfer a case to another authority's front door",
            description = "For an undecided case whose child lives outside the partnerships: the case becomes "
                    + "TRANSFERRED_OUT_OF_AREA and opendoor.case.transferred.v1 is published, so the receiving front "
                    + "door gets a notice, or, when nobody there can be notified, the duty team gets the call to make "
                    + "(the authority's name and phone). Audited.")
    @APIResponse(responseCode = "200", description = "The case as it now stands")
    @APIResponse(responseCode = "400", description = "Not an English authority outside the partnerships, or no note")
    @APIResponse(responseCode = "404", description = "No such case visible to the caller")
    @APIResponse(responseCode = "409", description = "The case is already decided or transferred")
    public CaseView transfer(@PathParam("caseId") UUID caseId, @Valid @NotNull TransferRequest request) {
        transfers.transfer(Caller.from(token), caseId, request);
        return asItNowStands(caseId);
    }

    @POST
    @Path("/{caseId}/source-code")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Correct the CIN source-of-referral code",
            description = "Typically a code 10 (unknown) intake stored for review. Audited with the old and new code; "
                    + "published as opendoor.referral.source-code-corrected.v1, so intake's record follows.")
    @APIResponse(responseCode = "200", description = "The case as it now stands")
    @APIResponse(responseCode = "400", description = "Not one of the 22 census codes")
    @APIResponse(responseCode = "404", description = "No such case visible to the caller")
    public CaseView correctSourceCode(@PathParam("caseId") UUID caseId, @Valid @NotNull SourceCodeCorrection request) {
        sourceCodes.correct(Caller.from(token), caseId, request);
        return asItNowStands(caseId);
    }

    @PUT
    @Path("/{caseId}/children/{childIndexId}/characteristics")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a child's CIN census characteristics",
            description = "Sex, ethnicity and disabilities as DfE codes (shared-model cin/*.csv); each replaces what "
                    + "the child of the index held (absent clears it). The child must be one of the case's "
                    + "childIds. Audited as CHANGE_CHILD_CHARACTERISTICS.")
    @APIResponse(responseCode = "200", description = "The characteristics as recorded")
    @APIResponse(responseCode = "400", description = "A code not of the DfE lists, a repeated disability, or NONE "
            + "with another disability")
    @APIResponse(responseCode = "404", description = "No such case visible to the caller, or no such child on it")
    public ChildCharacteristics recordCharacteristics(@PathParam("caseId") UUID caseId,
            @PathParam("childIndexId") UUID childIndexId, @Valid @NotNull ChildCharacteristics characteristics) {
        return characteristicsChanges.record(Caller.from(token), caseId, childIndexId, characteristics);
    }

    /** Read and audited in the request's transaction; a case the caller may not see is audited as not found, then 404. */
    private CaseView read(String target, Supplier<Optional<DutyCase>> lookup) throws SQLException {
        Caller caller = Caller.from(token);
        Optional<DutyCase> found = lookup.get().filter(d -> access.maySee(caller, d));
        audit(caller, AuditAction.READ_CASE, found.map(d -> "case:" + d.id()).orElse(target),
                found.isPresent() ? "OK" : "NOT_FOUND");
        return found.map(this::detail).orElseThrow(() -> new Problem.Exception(Response.Status.NOT_FOUND,
                "No such case."));
    }

    /** The case as a command just left it, read in a transaction of its own after the command's committed. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    CaseView asItNowStands(UUID caseId) {
        return detail(cases.findById(caseId));
    }

    private CaseView detail(DutyCase d) {
        List<CaseView.PossibleMatchView> matches = possibleMatches.ofCase(d.id()).stream()
                .map(r -> new CaseView.PossibleMatchView(r.match().childId(), r.match().matchedChildId(),
                        r.match().reason(), r.match().status().name(), (int) r.matchedChildReferrals()))
                .toList();
        return CaseView.of(d, matches, decisionRecords.findByIdOptional(d.id()).map(CaseDecision::view).orElse(null),
                transferRecords.findByIdOptional(d.id()).map(CaseTransfer::view).orElse(null),
                Json.read(d.referral(), JsonNode.class), d.childIds().stream()
                        .flatMap(id -> childIndex.child(id).stream())
                        .map(child -> new CaseView.ChildView(child.id(), child.laChildId(), child.characteristics()))
                        .toList(), Instant.now());
    }

    /** Every read of case data by a person is audited, in the read's transaction. */
    private void audit(Caller caller, AuditAction action, String target, String outcome) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            AuditTrail.record(c, caller, action, target, outcome);
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new Problem.Exception(Problem.invalid("The request has 1 invalid field(s).",
                    List.of(new Problem.Violation(field, "must be one of " + List.of(type.getEnumConstants())))));
        }
    }
}
