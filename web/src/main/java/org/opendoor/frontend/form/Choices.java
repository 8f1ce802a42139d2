package org.opendoor.frontend.form;

/** Radios and checkboxes whose options are an enum. */
public final class Choices {
    private Choices() {
    }

    /** The option a form sent, or null when it sent none or one that does not exist. */
    public static <E extends Enum<E>> E parse(Class<E> options, String value) {
        for (E option : options.getEnumConstants()) {
            if (option.name().equals(value)) {
                return option;
            }
        }
        return null;
    }

    /**
     * The id of an option's input, as GOV.UK Frontend numbers them: the field's own id for the first (which the
     * error summary links to), then {@code field-2}, {@code field-3}...
     */
    public static String inputId(String field, int index) {
        return index == 0 ? field : field + "-" + (index + 1);
    }
}
