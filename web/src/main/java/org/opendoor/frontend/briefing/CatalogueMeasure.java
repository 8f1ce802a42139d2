package org.opendoor.frontend.briefing;

import io.quarkus.qute.TemplateData;

/** A measure of the catalogue; partners may send figures for the {@code submittable} ones. */
@TemplateData
public record CatalogueMeasure(String id, String title, String section, String unit, String origin,
        boolean submittable) {
}
