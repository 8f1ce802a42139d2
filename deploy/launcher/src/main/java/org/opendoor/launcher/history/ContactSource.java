package org.opendoor.launcher.history;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.opendoor.data.Required;

/**
 * A source group of contacts (police, schools, ...) and how its contacts divide among the CIN census source codes
 * it covers.
 *
 * @param share its share of contacts in an average month
 * @param seasonal the name of its seasonal factors
 * @param lockdown the name of its lockdown factors
 * @param codes CIN source code to its share of the group, in the file's order
 */
public record ContactSource(String measure, double share, String seasonal, String lockdown, Map<String, Double> codes) {
    public ContactSource {
        Required.text(measure, "measure");
        Rates.check(share, "share of " + measure);
        Required.text(seasonal, "seasonal of " + measure);
        Required.text(lockdown, "lockdown of " + measure);
        // the order of the file is the order of the draws: a seed gives the same history on every machine
        codes = Collections.unmodifiableMap(new LinkedHashMap<>(Required.nonEmpty(codes, "codes of " + measure)));
        Shares.checkTotal(codes.values(), "codes of " + measure);
    }

    /** The briefing's measure for one CIN source code. */
    public static String codeMeasure(String code) {
        return "contacts-cin-" + code;
    }
}
