package org.opendoor.intake.child;

/** The shape of a UK postcode (BS 7666), case and spacing forgiven; and its tidy form. */
public final class UkPostcode {
    /** For {@code @Pattern}: outward code (area, district) and inward code (sector, unit). */
    public static final String PATTERN = "^(?i)\\s*(GIR\\s*0AA|[A-PR-UWYZ](?:\\d{1,2}|[A-HK-Y]\\d{1,2}|\\d[A-HJKPSTUW]|[A-HK-Y]\\d[ABEHMNPRV-Y])\\s*\\d[ABD-HJLNP-UW-Z]{2})\\s*$";
    public static final String MESSAGE = "is not a UK postcode";

    private UkPostcode() {
    }

    /** "le113tu" → "LE11 3TU". */
    public static String tidy(String postcode) {
        if (postcode == null) {
            return null;
        }
        String compact = postcode.replaceAll("\\s+", "").toUpperCase(java.util.Locale.ROOT);
        return compact.length() > 3 ? compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3)
                : compact;
    }
}
