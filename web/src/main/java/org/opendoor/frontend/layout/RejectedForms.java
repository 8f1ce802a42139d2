package org.opendoor.frontend.layout;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * quarkus-rest-csrf refuses a form without a matching token with a bare 400 (a page left open past the token's
 * lifetime, or a form posted from another site). The person gets a page that says what to do instead.
 */
public class RejectedForms {
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance formRejected();
    }

    @ServerResponseFilter
    public void explain(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() == 400 && !response.hasEntity() && "POST".equals(request.getMethod())) {
            response.setEntity(Templates.formRejected().render(), null, MediaType.TEXT_HTML_TYPE);
        }
    }
}
