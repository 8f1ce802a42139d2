package org.opendoor.frontend.staff;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The staff pages' error pages: not found (404), not for your role (403), a service down (503). */
public class StaffErrorPages {
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance notFound();

        static native TemplateInstance notYourPage();

        static native TemplateInstance serviceProblem();
    }

    @ServerExceptionMapper
    public Response notFound(ServiceCall.NotFound e) {
        return page(Response.Status.NOT_FOUND, Templates.notFound());
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return page(Response.Status.FORBIDDEN, Templates.notYourPage());
    }

    @ServerExceptionMapper
    public Response unavailable(ServiceCall.Unavailable e) {
        return Response.status(Response.Status.SERVICE_UNAVAILABLE).header("Retry-After", "30")
                .entity(Templates.serviceProblem()).type(MediaType.TEXT_HTML_TYPE).build();
    }

    static Response page(Response.Status status, TemplateInstance page) {
        return Response.status(status).entity(page).type(MediaType.TEXT_HTML_TYPE).build();
    }
}
