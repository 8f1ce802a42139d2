package org.opendoor.frontend.concern;

import java.time.LocalDate;

/**
 * One child, as far as the person knows them: a name or a description, their date of birth or roughly how old they
 * are (either, both or neither), and whatever part of the address they know. Texts are as typed (trimmed); absent
 * parts are null.
 */
public record ChildAnswers(String name, String description, LocalDate dateOfBirth, Integer approximateAge,
        String line1, String line2, String town, String postcode) {

    /** How the check-answers page and the confirmation speak of this child. */
    public String label() {
        return name != null ? name : description;
    }

    public boolean hasAddress() {
        return line1 != null || line2 != null || town != null || postcode != null;
    }
}
