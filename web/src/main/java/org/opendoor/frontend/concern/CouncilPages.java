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
import java.util.Optional;
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
    private final CurrentReport current;
    private final ReportConfig config;

    public CouncilPages(Journey journey, CurrentReport current, ReportConfig config) {
        this.journey = journey;
        this.current = current;
        this.config = config;
    }

    @GET
    @Path("/council")
    public Response council() {
        Optional<Report> found = current.find().filter(r -> r.submitted() == null && r.council() != null);
        if (found.isEmpty()) {
            return journey.elsewhere(Step.POSTCODE);
        }
        Report report = found.get();
        String back = report.councils().size() > 1 ? WHICH_COUNCIL : Step.POSTCODE.path();
        return Journey.page(Templates.council(report.council(), report.postcode(), back,
                report.firstUnanswered().path()));
    }

    @GET
    @Path("/which-council")
    public Response whichCouncil() {
        Optional<Report> report = sharedDistrict();
        if (report.isEmpty()) {
            return journey.elsewhere(Step.POSTCODE);
        }
        Council chosen = report.get().council();
        return Journey.page(Templates.whichCouncil(report.get().postcode(), options(report.get()),
                chosen == null ? "" : chosen.localAuthority(), FormErrors.none()));
    }

    @POST
    @Path("/which-council")
    public Response chooseCouncil(@RestForm String council) {
        Optional<Report> report = sharedDistrict();
        if (report.isEmpty()) {
            return journey.elsewhere(Step.POSTCODE);
        }
        if (council == null || !report.get().choose(council)) {
            return Journey.invalid(Templates.whichCouncil(report.get().postcode(), options(report.get()), "",
                    FormErrors.none().add("council", "Select the council the child lives in")));
        }
        return Journey.redirect(YOUR_COUNCIL);
    }

    @GET
    @Path("/outside-area")
    public Response outsideArea() {
        Optional<Report> report = current.find().filter(r -> r.submitted() == null && r.postcode() != null
                && r.councils().isEmpty());
        if (report.isEmpty()) {
            return journey.elsewhere(Step.POSTCODE);
        }
        return Journey.page(Templates.outsideArea(report.get().postcode(), config.areaServed(), config.findYourCouncil(),
                config.nationalHelpline()));
    }

    private Optional<Report> sharedDistrict() {
        return current.find().filter(r -> r.submitted() == null && r.councils().size() > 1);
    }

    private static List<Option> options(Report report) {
        return report.councils().stream().map(c -> Option.of(c.localAuthority(), c.name())).toList();
    }
}
