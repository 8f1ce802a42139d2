package org.opendoor.frontend.form;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The shape of a UK postcode (outward code, then inward code), as referral-intake checks a child's address. It
 * says nothing about which council a postcode belongs to: triage-service answers that.
 */
public final class UkPostcode {
    // outward code then inward code, without the space
    private static final Pattern SHAPE = Pattern.compile(
            "GIR0AA|[A-PR-UWYZ](?:\\d{1,2}|[A-HK-Y]\\d{1,2}|\\d[A-HJKPSTUW]|[A-HK-Y]\\d[ABEHMNPRV-Y])\\d[ABD-HJLNP-UW-Z]{2}");

    private UkPostcode() {
    }

    /** "le113tu" becomes "LE11 3TU"; anything that is not shaped like a postcode is empty. */
    public static Optional<String> normalise(String typed) {
        String compact = typed == null ? "" : typed.toUpperCase(Locale.ROOT).replaceAll("\\s+", "");
        if (!SHAPE.matcher(compact).matches()) {
            return Optional.empty();
        }
        return Optional.of(compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3));
    }
}
