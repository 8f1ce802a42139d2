package org.opendoor.launcher.history;

import org.opendoor.data.Required;

/**
 * A category of concern that a share of contacts include (a contact may include several).
 *
 * @param share the share of contacts that include it in an average month
 * @param seasonal its own seasonal factors' name, or null when it follows contacts through the year
 * @param lockdown its own lockdown factors' name, or null when it followed contacts through the pandemic
 */
public record ContactCategory(String measure, double share, String seasonal, String lockdown) {
    public ContactCategory {
        Required.text(measure, "measure");
        Rates.check(share, "share of " + measure);
    }
}
