package org.opendoor.frontend.form;

/** Small rules for typed answers. */
public final class Text {
    private Text() {
    }

    /** Surrounding white space removed; null read as empty. */
    public static String trimmed(String value) {
        return value == null ? "" : value.strip();
    }

    /** The trimmed answer, or null when nothing was written (so it is left out of what is sent). */
    public static String orNull(String value) {
        String trimmed = trimmed(value);
        return trimmed.isEmpty() ? null : trimmed;
    }
}
