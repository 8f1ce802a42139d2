package org.opendoor.frontend.form;

import io.quarkus.qute.TemplateData;

/** One radio: the value the form sends, its label and, if it needs one, a hint under it. */
@TemplateData
public record Option(String value, String text, String hint) {
    public static Option of(String value, String text) {
        return new Option(value, text, null);
    }
}
