package org.opendoor.frontend.site;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.opendoor.frontend.session.SessionConfig;

/** The pages every council service links from its footer: cookies and the accessibility statement. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class SitePages {
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance cookies(String sessionCookie, long minutes);

        static native TemplateInstance accessibility();
    }

    private final SessionConfig sessions;

    public SitePages(SessionConfig sessions) {
        this.sessions = sessions;
    }

    @GET
    @Path("cookies")
    public TemplateInstance cookies() {
        return Templates.cookies(sessions.cookieName(), sessions.idleTimeout().toMinutes());
    }

    @GET
    @Path("accessibility")
    public TemplateInstance accessibility() {
        return Templates.accessibility();
    }
}
