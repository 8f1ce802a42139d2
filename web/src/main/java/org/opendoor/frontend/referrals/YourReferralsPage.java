package org.opendoor.frontend.referrals;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.opendoor.frontend.intake.ReferralFeedback;
import org.opendoor.frontend.intake.ReferralsApi;
import org.opendoor.frontend.staff.ServiceCall;
import org.opendoor.frontend.staff.StaffMember;

/**
 * A referrer's own organisation's referrals (a school's, a police force's, a professional's, a call centre's), each
 * with where it is and the duty team's decision: the feedback Working Together asks for.
 */
@Path("/staff/referrals")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"school", "police", "professional", "call_handler"})
public class YourReferralsPage {
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance referrals(List<ReferralFeedback> referrals);
    }

    private final ReferralsApi referrals;
    private final StaffMember member;

    public YourReferralsPage(@RestClient ReferralsApi referrals, StaffMember member) {
        this.referrals = referrals;
        this.member = member;
    }

    @GET
    public TemplateInstance referrals() {
        return Templates.referrals(ServiceCall.answer("intake referrals", () -> referrals.mine(member.bearer())));
    }
}
