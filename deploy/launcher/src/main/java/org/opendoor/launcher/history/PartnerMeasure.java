package org.opendoor.launcher.history;

import org.opendoor.data.Required;

/**
 * A partner's monthly figure (police, CAMHS, schools, missing-persons teams), sized from the authority's contacts.
 *
 * @param perContact the figure in an average month of the base year per contact in that month
 * @param dispersion coefficient of variation beyond chance, as the model's own
 */
public record PartnerMeasure(String measure, double perContact, Exposure exposure, String seasonal, String lockdown,
        double dispersion) {
    public PartnerMeasure {
        Required.text(measure, "measure");
        if (perContact <= 0) {
            throw new IllegalArgumentException("perContact of " + measure + " must be positive");
        }
        Required.value(exposure, "exposure of " + measure);
        Required.text(seasonal, "seasonal of " + measure);
        Required.text(lockdown, "lockdown of " + measure);
        Rates.check(dispersion, "dispersion of " + measure);
    }
}
