package org.opendoor.frontend.concern;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import org.opendoor.frontend.councils.Council;

/**
 * The pages for when the service cannot do what the person asked: they always say how to reach someone now, by
 * phone, because a worry about a child should not wait for a server.
 */
@ApplicationScoped
public class ServiceProblem {
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance councilsUnavailable(ReportConfig.Helpline helpline);

        static native TemplateInstance reportNotSent(Council council, ReportConfig.Helpline helpline);

        static native TemplateInstance tooManyReports(long minutes, Council council, ReportConfig.Helpline helpline);
    }

    private final ReportConfig config;

    public ServiceProblem(ReportConfig config) {
        this.config = config;
    }

    Response councilsUnavailable() {
        return status(503, Templates.councilsUnavailable(config.nationalHelpline()));
    }

    /** Intake could not take it: the answers are kept, so "Send report" can simply be pressed again later. */
    Response reportNotSent(Council council) {
        return status(503, Templates.reportNotSent(council, config.nationalHelpline()));
    }

    Response tooManyReports(Duration wait, Council council) {
        long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
        return Response.status(429).entity(Templates.tooManyReports(minutes, council, config.nationalHelpline()))
                .type(MediaType.TEXT_HTML_TYPE).header("Retry-After", Math.max(1, wait.toSeconds())).build();
    }

    private static Response status(int status, TemplateInstance page) {
        return Response.status(status).entity(page).type(MediaType.TEXT_HTML_TYPE).build();
    }
}
