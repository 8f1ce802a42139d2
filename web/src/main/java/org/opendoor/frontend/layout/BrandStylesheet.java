package org.opendoor.frontend.layout;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

/** {@code /brand.css}: the configured brand colours, so one compiled GOV.UK Frontend stylesheet serves any council. */
@Path("/brand.css")
public class BrandStylesheet {
    private final Brand brand;

    public BrandStylesheet(Brand brand) {
        this.brand = brand;
    }

    @GET
    @Produces("text/css")
    public Response css() {
        return Response.ok(brand.stylesheet()).header("Cache-Control", "public, max-age=3600").build();
    }
}
