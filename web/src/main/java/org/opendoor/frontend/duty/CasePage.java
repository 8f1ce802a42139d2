package org.opendoor.frontend.duty;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.opendoor.frontend.census.CensusCodes;
import org.opendoor.frontend.form.FormErrors;
import org.opendoor.frontend.form.Option;
import org.opendoor.frontend.staff.ServiceCall;
import org.opendoor.frontend.staff.StaffMember;

/**
 * A case as the duty worker works it: who the children are, the concern, the referrer, the police incident, why
 * the rules placed it where they did, prior referrals and possible matches, the notifications sent and who has
 * opened it; each child's census LA child id and characteristics; and the actions (decide with the census primary
 * need, change a child's characteristics, correct the source code, transfer out of area, answer a possible match),
 * each answered by the case page again with a confirmation, or with the error summary of what triage refused.
 */
@Path("/staff/cases/{caseId}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"duty_worker", "duty_manager"})
public class CasePage {
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance casePage(CaseDetail c, List<CaseChild> children,
                List<CaseDetail.Notification> notifications, List<CaseDetail.AuditEntry> audit, List<Option> outcomes,
                List<Option> sourceCodes, CensusCodes codes, CaseForms forms, FormErrors errors, String done);
    }

    private final CasesApi cases;
    private final NotificationsApi notifications;
    private final StaffMember member;
    private final SourceCodes sourceCodes;
    private final CensusCodes censusCodes;

    public CasePage(@RestClient CasesApi cases, @RestClient NotificationsApi notifications, StaffMember member,
            SourceCodes sourceCodes, CensusCodes censusCodes) {
        this.cases = cases;
        this.notifications = notifications;
        this.member = member;
        this.sourceCodes = sourceCodes;
        this.censusCodes = censusCodes;
    }

    @GET
    public TemplateInstance show(@PathParam("caseId") String caseId, @QueryParam("done") String done) {
        return page(id(caseId), CaseForms.empty(), FormErrors.none(), Confirmation.known(done));
    }

    @POST
    @Path("decision")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(@PathParam("caseId") String caseId, @FormParam("outcome") String outcome,
            @FormParam("rationale") String rationale, @FormParam("primaryNeedCode") String primaryNeedCode) {
        UUID id = id(caseId);
        DecisionForm sent = DecisionForm.sent(outcome, rationale, primaryNeedCode);
        FormErrors errors = sent.check(censusCodes, FormErrors.none());
        return act(id, CaseForms.decision(sent), errors, "decision", () -> cases.decide(member.bearer(), id,
                sent.body()), Map.of("rationale", "rationale", "outcome", "outcome", "primaryNeedCode",
                        "primaryNeedCode"));
    }

    @POST
    @Path("children/{childIndexId}/characteristics")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response recordCharacteristics(@PathParam("caseId") String caseId,
            @PathParam("childIndexId") String childIndexId, @FormParam("sex") String sex,
            @FormParam("ethnicity") String ethnicity, @FormParam("disabilities") List<String> disabilities) {
        UUID id = id(caseId);
        CharacteristicsForm sent = CharacteristicsForm.sent(id(childIndexId), sex, ethnicity, disabilities);
        FormErrors errors = sent.check(censusCodes, FormErrors.none());
        return act(id, CaseForms.characteristics(sent), errors, "characteristics",
                () -> cases.recordCharacteristics(member.bearer(), id, sent.childIndexId(), sent.body()),
                sent.fieldsByViolation());
    }

    @POST
    @Path("source-code")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response correctSourceCode(@PathParam("caseId") String caseId, @FormParam("sourceCode") String code) {
        UUID id = id(caseId);
        CaseForms forms = CaseForms.sourceCode(code);
        FormErrors errors = FormErrors.none();
        if (code == null || code.isBlank()) {
            errors.add("sourceCode", "Select the source of the referral");
        }
        return act(id, forms, errors, "source-code", () -> cases.correctSourceCode(member.bearer(), id,
                Map.of("sourceCode", code)), Map.of("sourceCode", "sourceCode"));
    }

    @POST
    @Path("transfer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response transfer(@PathParam("caseId") String caseId, @FormParam("localAuthority") String authority,
            @FormParam("note") String note) {
        UUID id = id(caseId);
        String code = authority == null ? "" : authority.strip().toUpperCase(java.util.Locale.UK);
        CaseForms forms = CaseForms.transfer(code, note);
        FormErrors errors = FormErrors.none();
        if (code.isEmpty()) {
            errors.add("localAuthority", "Enter the ONS code of the council to transfer the case to");
        }
        if (note == null || note.isBlank()) {
            errors.add("note", "Enter a note for the record");
        }
        return act(id, forms, errors, "transfer", () -> cases.transfer(member.bearer(), id,
                Map.of("localAuthority", code, "note", note.strip())),
                Map.of("localAuthority", "localAuthority", "note", "note"));
    }

    @POST
    @Path("matches/{matchedChildId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response resolveMatch(@PathParam("caseId") String caseId, @PathParam("matchedChildId") String matched,
            @FormParam("sameChild") String sameChild) {
        UUID id = id(caseId);
        FormErrors errors = FormErrors.none();
        if (!"yes".equals(sameChild) && !"no".equals(sameChild)) {
            errors.add("sameChild-" + matched, "Select whether it is the same child");
        }
        return act(id, CaseForms.empty(), errors, "match", () -> cases.resolveMatch(member.bearer(), id, id(matched),
                Map.of("sameChild", "yes".equals(sameChild))), Map.of());
    }

    /**
     * Checks of our own first (so triage only sees complete answers), then triage's; either way a refusal is the
     * case page again with the error summary, and success a redirect to the page with its confirmation.
     */
    private Response act(UUID id, CaseForms forms, FormErrors errors, String done, Runnable command,
            Map<String, String> fieldsByViolation) {
        if (!errors.any()) {
            try {
                ServiceCall.answer("triage " + done, () -> {
                    command.run();
                    return null;
                });
                return Response.seeOther(URI.create("/staff/cases/" + id + "?done=" + done)).build();
            } catch (ServiceCall.Refused refused) {
                refused.violations().forEach((field, message) -> errors.add(
                        fieldsByViolation.getOrDefault(field, forms.firstField()), sentence(field, message)));
            }
        }
        return Response.status(Response.Status.BAD_REQUEST).entity(page(id, forms, errors, null))
                .type(MediaType.TEXT_HTML_TYPE).build();
    }

    private TemplateInstance page(UUID id, CaseForms forms, FormErrors errors, String done) {
        CaseDetail detail = ServiceCall.answer("triage case", () -> cases.get(member.bearer(), id));
        List<CaseDetail.Notification> sent = ServiceCall.answer("notify notifications",
                () -> notifications.of(member.bearer(), detail.referralId()));
        List<CaseDetail.AuditEntry> audit = ServiceCall.answer("triage audit", () -> cases.audit(member.bearer(), id));
        return Templates.casePage(detail, CaseChild.of(detail, censusCodes, forms.characteristics()), sent, audit,
                outcomes(), sourceCodes.options(), censusCodes, forms.suggesting(detail.cinPrimaryNeed()), errors,
                done);
    }

    private static List<Option> outcomes() {
        return java.util.Arrays.stream(Outcome.values()).map(o -> Option.of(o.name(), o.text())).toList();
    }

    /** Triage's message for a field, as a sentence a person reads in the error summary. */
    private static String sentence(String field, String message) {
        if (field.equals("rationale")) {
            return "Enter why you are departing from the recommendation";
        }
        if (field.equals("primaryNeedCode")) {
            return "Select the primary need (CIN census)";
        }
        if (field.equals("sex") || field.equals("ethnicity")) {
            return "Select the child's " + field + " from the list";
        }
        if (field.equals("disabilities")) {
            return "Select \u201cNone\u201d, or the child's disabilities from the list";
        }
        String text = message == null || message.isBlank() ? "This cannot be done" : message;
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static UUID id(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new ServiceCall.NotFound();
        }
    }
}
