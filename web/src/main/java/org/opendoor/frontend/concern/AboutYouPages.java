package org.opendoor.frontend.concern;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.opendoor.frontend.form.FormErrors;
import org.opendoor.frontend.form.Option;

/** About the person reporting: staying anonymous is an explicit choice; a named person leaves a way back to them. */
@Path("/report")
@Produces(MediaType.TEXT_HTML)
public class AboutYouPages {
    static final List<Option> CHOICES = List.of(
            new Option("named", "Yes, I will give my name and contact details",
                    "The duty team can contact you if they need to know more."),
            new Option("anonymous", "No, I want to stay anonymous",
                    "We will not ask for your name or contact details. The duty team will not be able to contact you."));

    static final List<Option> RELATIONSHIPS = Arrays.stream(Relationship.values())
            .map(r -> Option.of(r.name(), r.text())).toList();

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance aboutYou(List<Option> options, String selected, FormErrors errors);

        static native TemplateInstance yourDetails(YourDetailsForm form, List<Option> relationships,
                FormErrors errors);
    }

    private final Journey journey;

    public AboutYouPages(Journey journey) {
        this.journey = journey;
    }

    @GET
    @Path("/about-you")
    public Response aboutYou() {
        return journey.on(Step.ABOUT_YOU, report -> {
            Boolean anonymous = report.anonymous();
            return Journey.page(Templates.aboutYou(CHOICES, anonymous == null ? "" : anonymous ? "anonymous" : "named",
                    FormErrors.none()));
        });
    }

    @POST
    @Path("/about-you")
    public Response chooseAnonymity(@RestForm String identity) {
        return journey.on(Step.ABOUT_YOU, report -> {
            if (!"named".equals(identity) && !"anonymous".equals(identity)) {
                return Journey.invalid(Templates.aboutYou(CHOICES, "", FormErrors.none().add("identity",
                        "Select whether you want to tell us who you are")));
            }
            report.anonymous("anonymous".equals(identity));
            return journey.next(report);
        });
    }

    @GET
    @Path("/your-details")
    public Response yourDetails() {
        return journey.on(Step.YOUR_DETAILS, report -> {
            ReporterDetails details = report.reporter();
            return Journey.page(Templates.yourDetails(details == null ? YourDetailsForm.empty()
                    : YourDetailsForm.of(details), RELATIONSHIPS, FormErrors.none()));
        });
    }

    @POST
    @Path("/your-details")
    public Response giveDetails(@RestForm String name, @RestForm String phone, @RestForm String email,
            @RestForm String relationship) {
        return journey.on(Step.YOUR_DETAILS, report -> {
            YourDetailsForm form = new YourDetailsForm(name, phone, email, relationship);
            Checked<ReporterDetails> checked = form.check();
            if (!checked.valid()) {
                return Journey.invalid(Templates.yourDetails(form, RELATIONSHIPS, checked.errors()));
            }
            report.reporter(checked.answer());
            return journey.next(report);
        });
    }
}
