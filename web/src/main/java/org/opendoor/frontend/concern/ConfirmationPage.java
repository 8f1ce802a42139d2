package org.opendoor.frontend.concern;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;

/** The reference, the council that will look at the report, its phone number and what happens next. */
@Path("/report/confirmation")
@Produces(MediaType.TEXT_HTML)
public class ConfirmationPage {
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance confirmation(Submitted submitted);
    }

    private final Journey journey;
    private final CurrentReport current;

    public ConfirmationPage(Journey journey, CurrentReport current) {
        this.journey = journey;
        this.current = current;
    }

    @GET
    public Response show() {
        Optional<Submitted> submitted = current.find().map(Report::submitted);
        if (submitted.isEmpty()) {
            return journey.elsewhere();
        }
        return Journey.page(Templates.confirmation(submitted.get()));
    }
}
