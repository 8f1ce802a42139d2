package org.opendoor.frontend.concern;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.opendoor.frontend.councils.Council;
import org.opendoor.frontend.form.FormErrors;
import org.opendoor.frontend.form.Option;

/**
 * What the postcode came to: the council that will look at the report and how to reach its duty team now, a
 * choice between the two councils of a shared district, or (outside our councils) where else to turn.
 */
@Path("/report")
@Produces(MediaType.TEXT_HTML)
public class CouncilPages {
    static final String YOUR_COUNCIL = "/report/council";
    static final String WHICH_COUNCIL = "/report/which-council";
    static final String OUTSIDE_AREA = "/report/outside-area";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance council(Council council, String postcode, String back, String next);

        static native TemplateInstance whichCouncil(String postcode, List<Option> options, String selected,
                FormErrors errors);

        static native TemplateInstance outsideArea(String postcode, String areaServed, String findYourCouncil,
                ReportConfig.Helpline helpline);
    }

    private final Journey journey;
    private final ReportConfig config;

    public CouncilPages(Journey journey, ReportConfig config) {
        this.journey = journey;
        this.config = config;
    }

    @GET
    @Path("/council")
    public Response council() {
        return journey.when(r -> r.council() != null, report -> {
            String back = report.councils().size() > 1 ? WHICH_COUNCIL : Step.POSTCODE.path();
            return Journey.page(Templates.council(report.council(), report.postcode(), back,
                    report.firstUnanswered().path()));
        });
    }

    @GET
    @Path("/which-council")
    public Response whichCouncil() {
        return journey.when(CouncilPages::sharedDistrict, report -> {
            Council chosen = report.council();
            return Journey.page(Templates.whichCouncil(report.postcode(), options(report),
                    chosen == null ? "" : chosen.localAuthority(), FormErrors.none()));
        });
    }

    @POST
    @Path("/which-council")
    public Response chooseCouncil(@RestForm String council) {
        return journey.when(CouncilPages::sharedDistrict, report -> {
            if (council == null || !report.choose(council)) {
                return Journey.invalid(Templates.whichCouncil(report.postcode(), options(report), "",
                        FormErrors.none().add("council", "Select the council the child lives in")));
            }
            return Journey.redirect(YOUR_COUNCIL);
        });
    }

    @GET
    @Path("/outside-area")
    public Response outsideArea() {
        return journey.when(r -> r.postcode() != null && r.councils().isEmpty(),
                report -> Journey.page(Templates.outsideArea(report.postcode(), config.areaServed(),
                        config.findYourCouncil(), config.nationalHelpline())));
    }

    private static boolean sharedDistrict(Report report) {
        return report.councils().size() > 1;
    }

    private static List<Option> options(Report report) {
        return report.councils().stream().map(c -> Option.of(c.localAuthority(), c.name())).toList();
    }
}
