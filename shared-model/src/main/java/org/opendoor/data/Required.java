package org.opendoor.data;

import java.util.Collection;
import java.util.Map;

/**
 * The checks a data-file record's constructor makes on what its file must give. A missing or blank value fails
 * with the field's name; the reader of the file adds the file and the entry.
 */
public final class Required {
    private Required() {
    }

    public static String text(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value;
    }

    public static <T> T value(T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value;
    }

    public static <C extends Collection<?>> C nonEmpty(C values, String field) {
        if (values == null || values.isEmpty()) {
            throw new IllegalArgumentException(field + " must list at least one entry");
        }
        return values;
    }

    public static <M extends Map<?, ?>> M nonEmpty(M values, String field) {
        if (values == null || values.isEmpty()) {
            throw new IllegalArgumentException(field + " must list at least one entry");
        }
        return values;
    }
}
