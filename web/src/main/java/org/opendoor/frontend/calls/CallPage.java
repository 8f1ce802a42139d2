package org.opendoor.frontend.calls;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.opendoor.frontend.form.FormErrors;
import org.opendoor.frontend.form.Option;
import org.opendoor.frontend.intake.ReferralFeedback;
import org.opendoor.frontend.intake.ReferralsApi;
import org.opendoor.frontend.staff.ServiceCall;
import org.opendoor.frontend.staff.StaffMember;

/**
 * A call handler logs a phone call as a PHONE referral, then sees its reference and, once triage has it, where it
 * went. The form carries an idempotency key of its own, so pressing the button twice stores one referral.
 */
@Path("/staff/calls")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("call_handler")
public class CallPage {
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance newCall(PhoneCall call, List<Option> relationships, List<Option> yesNo,
                FormErrors errors);

        static native TemplateInstance logged(ReferralFeedback referral);
    }

    /** The form's fields. */
    public static class Form {
        @FormParam("relationship") String relationship;
        @FormParam("callerName") String callerName;
        @FormParam("callerPhone") String callerPhone;
        @FormParam("childName") String childName;
        @FormParam("childDescription") String childDescription;
        @FormParam("childAge") String childAge;
        @FormParam("postcode") String postcode;
        @FormParam("summary") String summary;
        @FormParam("immediateDanger") String immediateDanger;
        @FormParam("submission") String submission;

        PhoneCall call() {
            return new PhoneCall(relationship, callerName, callerPhone, childName, childDescription, childAge,
                    postcode, summary, immediateDanger, submission).tidy();
        }
    }

    private static final List<Option> YES_NO = List.of(Option.of("yes", "Yes"), Option.of("no", "No"));

    private final ReferralsApi referrals;
    private final StaffMember member;
    private final ObjectMapper json;

    public CallPage(@RestClient ReferralsApi referrals, StaffMember member, ObjectMapper json) {
        this.referrals = referrals;
        this.member = member;
        this.json = json;
    }

    @GET
    @Path("new")
    public TemplateInstance newCall() {
        return Templates.newCall(PhoneCall.blank(UUID.randomUUID().toString()), CallerRelationship.options(),
                YES_NO, FormErrors.none());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response log(@BeanParam Form form) {
        PhoneCall call = form.call();
        FormErrors errors = call.check();
        if (!errors.any()) {
            String key = call.submission().isEmpty() ? UUID.randomUUID().toString() : call.submission();
            try {
                ReferralFeedback accepted = ServiceCall.answer("intake referral",
                        () -> referrals.submit(member.bearer(), key, call.referral(json)));
                return Response.seeOther(URI.create("/staff/calls/" + accepted.referralId())).build();
            } catch (ServiceCall.Refused refused) {
                refused.violations().forEach((field, message) -> errors.add(fieldOf(field), "Intake refused this: "
                        + (field.isEmpty() ? "" : field + " ") + message));
            }
        }
        return Response.status(Response.Status.BAD_REQUEST)
                .entity(Templates.newCall(call, CallerRelationship.options(), YES_NO, errors)).type(MediaType.TEXT_HTML_TYPE)
                .build();
    }

    @GET
    @Path("{referralId}")
    public TemplateInstance logged(@PathParam("referralId") String referralId) {
        UUID id;
        try {
            id = UUID.fromString(referralId);
        } catch (IllegalArgumentException e) {
            throw new ServiceCall.NotFound();
        }
        return Templates.logged(ServiceCall.answer("intake referral", () -> referrals.read(member.bearer(), id)));
    }

    /** The form field an intake violation is about (intake names fields by their place in the referral). */
    private static String fieldOf(String violation) {
        if (violation.contains("postcode")) {
            return "postcode";
        }
        if (violation.contains("summary")) {
            return "summary";
        }
        if (violation.contains("children")) {
            return "childName";
        }
        if (violation.contains("phone") || violation.contains("referrer")) {
            return "callerPhone";
        }
        return "relationship";
    }
}
