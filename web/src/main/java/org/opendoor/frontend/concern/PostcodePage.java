package org.opendoor.frontend.concern;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.opendoor.frontend.councils.CouncilFinder;
import org.opendoor.frontend.councils.CouncilLookup;
import org.opendoor.frontend.form.FormErrors;
import org.opendoor.frontend.form.Text;
import org.opendoor.frontend.form.UkPostcode;

/** Where the child lives: the postcode decides which council's front door takes the report. */
@Path("/report/postcode")
@Produces(MediaType.TEXT_HTML)
public class PostcodePage {
    static final int MOST_CHARACTERS = 16;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance postcode(String postcode, FormErrors errors);
    }

    private final CurrentReport current;
    private final CouncilFinder finder;
    private final ServiceProblem problem;

    public PostcodePage(CurrentReport current, CouncilFinder finder, ServiceProblem problem) {
        this.current = current;
        this.finder = finder;
        this.problem = problem;
    }

    @GET
    public Response show() {
        return Journey.page(Templates.postcode(current.inProgress().map(Report::postcode).orElse(""),
                FormErrors.none()));
    }

    @POST
    public Response answer(@RestForm String postcode) {
        String typed = Text.trimmed(postcode);
        if (typed.isEmpty()) {
            return invalid(typed, "Enter the postcode where the child lives");
        }
        if (typed.length() > MOST_CHARACTERS) {
            return invalid(typed, "Enter a real postcode, like LE11 3TU");
        }
        CouncilLookup lookup = finder.find(typed, current.clientAddress());
        if (lookup instanceof CouncilLookup.NotAPostcode) {
            return invalid(typed, "Enter a real postcode, like LE11 3TU");
        }
        if (!(lookup instanceof CouncilLookup.Found found)) {
            return problem.councilsUnavailable();
        }
        Report report = current.draft();
        // shown back as a postcode is written ("SW1A 1AA"), whatever the finder's own tidying
        String normalised = UkPostcode.normalise(typed).orElse(found.answer().postcode() == null ? typed
                : found.answer().postcode());
        report.postcode(normalised, found.answer().councils());
        return Journey.redirect(switch (found.answer().councils().size()) {
            case 0 -> CouncilPages.OUTSIDE_AREA;
            case 1 -> CouncilPages.YOUR_COUNCIL;
            default -> CouncilPages.WHICH_COUNCIL;
        });
    }

    private static Response invalid(String typed, String message) {
        return Journey.invalid(Templates.postcode(typed, FormErrors.none().add("postcode", message)));
    }
}
