package org.opendoor.frontend.concern;

import org.opendoor.frontend.form.Choices;

/** What the person knows of a child's age. */
public enum AgeKnown {
    DATE_OF_BIRTH("I know their date of birth"),
    APPROXIMATE_AGE("I know roughly how old they are"),
    NOT_KNOWN("I do not know");

    private final String text;

    AgeKnown(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }

    public String inputId() {
        return Choices.inputId("age-known", ordinal());
    }
}
