package org.opendoor.frontend.staff;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** Where a signed-in person lands (their role's first page), and the pages around signing in and out. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class StaffHome {
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance noPages();

        static native TemplateInstance signedOut();
    }

    private final StaffMember member;

    public StaffHome(StaffMember member) {
        this.member = member;
    }

    /** Signing in starts here (the provider sends the person back to it): on to their role's page. */
    @GET
    @Path("staff")
    public Response home() {
        return Response.seeOther(URI.create(member.home())).build();
    }

    @GET
    @Path("staff/no-pages")
    public TemplateInstance noPages() {
        return Templates.noPages();
    }

    /** After sign-out at the provider too; public. */
    @GET
    @Path("signed-out")
    public TemplateInstance signedOut() {
        return Templates.signedOut();
    }
}
