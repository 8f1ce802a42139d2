package org.opendoor.triage.routing;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** A UK postcode normalised for lookup: upper case without spaces, and its outward code (the district). */
public record Postcode(String normalised, String district) {
    private static final Pattern FULL = Pattern.compile("^([A-Z]{1,2}[0-9][0-9A-Z]?)([0-9][A-Z]{2})$");
    private static final Pattern DISTRICT_ONLY = Pattern.compile("^[A-Z]{1,2}[0-9][0-9A-Z]?$");

    /** Empty when the text is not a postcode or a postcode district. */
    public static Optional<Postcode> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String compact = text.replaceAll("[^A-Za-z0-9]", "").toUpperCase(Locale.ROOT);
        var full = FULL.matcher(compact);
        if (full.matches()) {
            return Optional.of(new Postcode(compact, full.group(1)));
        }
        if (DISTRICT_ONLY.matcher(compact).matches()) {
            return Optional.of(new Postcode(null, compact));
        }
        return Optional.empty();
    }

    /** As people write it: outward code, a space, inward code ("LE11 3TU"); null for a district alone. */
    public String display() {
        return normalised == null ? null : district + " " + normalised.substring(district.length());
    }
}
