package org.opendoor.frontend.concern;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.opendoor.frontend.session.SessionConfig;

/** Where a person lands whose answers were forgotten after the idle timeout: told why, not silently restarted. */
@Path("/report/session-ended")
@Produces(MediaType.TEXT_HTML)
public class SessionEndedPage {
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance sessionEnded(long minutes);
    }

    private final SessionConfig sessions;

    public SessionEndedPage(SessionConfig sessions) {
        this.sessions = sessions;
    }

    @GET
    public TemplateInstance show() {
        return Templates.sessionEnded(sessions.idleTimeout().toMinutes());
    }
}
