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
 * "Is a child in immediate danger right now?" A yes interrupts the journey: call 999 now. The person may still go
 * on to leave a report afterwards, and the report says a child was in danger.
 */
@Path("/report")
@Produces(MediaType.TEXT_HTML)
public class DangerPages {
    static final String CALL_999 = "/report/call-999";
    static final List<Option> YES_NO = List.of(Option.of("yes", "Yes"), Option.of("no", "No"));

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance immediateDanger(List<Option> options, String selected, FormErrors errors);

        static native TemplateInstance call999(Council council, String next);
    }

    private final Journey journey;

    public DangerPages(Journey journey) {
        this.journey = journey;
    }

    @GET
    @Path("/immediate-danger")
    public Response question() {
        return journey.on(Step.IMMEDIATE_DANGER, report -> {
            Boolean danger = report.immediateDanger();
            return Journey.page(Templates.immediateDanger(YES_NO, danger == null ? "" : danger ? "yes" : "no",
                    FormErrors.none()));
        });
    }

    @POST
    @Path("/immediate-danger")
    public Response answer(@RestForm String danger) {
        return journey.on(Step.IMMEDIATE_DANGER, report -> {
            if (!"yes".equals(danger) && !"no".equals(danger)) {
                return Journey.invalid(Templates.immediateDanger(YES_NO, "", FormErrors.none().add("danger",
                        "Select yes if a child is in immediate danger right now")));
            }
            report.immediateDanger("yes".equals(danger));
            return "yes".equals(danger) ? Journey.redirect(CALL_999) : journey.next(report);
        });
    }

    @GET
    @Path("/call-999")
    public Response call999() {
        return journey.on(Step.CHILDREN, report -> Boolean.TRUE.equals(report.immediateDanger())
                ? Journey.page(Templates.call999(report.council(), report.firstUnanswered().path()))
                : journey.next(report));
    }
}
