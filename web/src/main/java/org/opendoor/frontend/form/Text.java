package org.opendoor.frontend.form;

import java.util.regex.Pattern;

/** Small rules for typed answers. */
public final class Text {
    // pasted text can carry control characters; intake refuses them (all but tab, line feed and carriage return)
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\t\\n\\r]]");

    private Text() {
    }

    /** Surrounding white space and control characters removed; null read as empty. */
    public static String trimmed(String value) {
        return value == null ? "" : CONTROL.matcher(value).replaceAll("").strip();
    }

    /** The trimmed answer, or null when nothing was written (so it is left out of what is sent). */
    public static String orNull(String value) {
        String trimmed = trimmed(value);
        return trimmed.isEmpty() ? null : trimmed;
    }
}
