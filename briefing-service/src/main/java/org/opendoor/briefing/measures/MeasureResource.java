package org.opendoor.briefing.measures;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The measure catalogue, so an analyst (or a partner system) knows what can be sent and what it means. */
@Path("/api/v1/measures")
@RolesAllowed({"analyst", "duty_manager"})
public class MeasureResource {
    private final MeasureCatalogue catalogue;

    MeasureResource(MeasureCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    public record MeasureEntry(String id, String title, String section, String unit, String origin,
            boolean submittable, String description) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Every measure of the briefing: what it counts, and whether figures can be sent for it")
    public List<MeasureEntry> measures() {
        return catalogue.measures().stream().map(m -> new MeasureEntry(m.id(), m.title(), m.section(),
                m.unit().name(), m.origin().name(), m.submittable(), m.description())).toList();
    }
}
