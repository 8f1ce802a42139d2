package org.opendoor.frontend.concern;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.opendoor.frontend.session.SessionConfig;

/** The start page (the campaign's message and its seven signs), and "Exit this page". */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class StartPage {
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance start(List<Sign> signs, long minutes);

    }

    private final CurrentReport current;
    private final ReportConfig config;
    private final SessionConfig sessions;

    public StartPage(CurrentReport current, ReportConfig config, SessionConfig sessions) {
        this.current = current;
        this.config = config;
        this.sessions = sessions;
    }

    @GET
    public Response start() {
        return Journey.page(Templates.start(List.of(Sign.values()), sessions.idleTimeout().toMinutes()));
    }

    /** Works without JavaScript: a plain link that forgets the answers and leaves for a neutral page. */
    @GET
    @Path("exit")
    public Response exit() {
        current.end();
        return Response.seeOther(URI.create(config.exitPage())).build();
    }
}
