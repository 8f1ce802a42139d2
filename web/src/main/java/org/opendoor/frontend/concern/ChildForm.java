package org.opendoor.frontend.concern;

import java.time.LocalDate;
import org.opendoor.frontend.form.DateAnswer;
import org.opendoor.frontend.form.FormErrors;
import org.opendoor.frontend.form.Text;
import org.opendoor.frontend.form.UkPostcode;

/** The "about the child" page's fields, as typed. */
public record ChildForm(String name, String description, DateAnswer dateOfBirth, String age, String line1,
        String line2, String town, String postcode) {

    static final int NAME_MAX = 200;
    static final int DESCRIPTION_MAX = 1_000;
    static final int LINE_MAX = 200;
    static final int TOWN_MAX = 100;

    public ChildForm {
        name = Text.trimmed(name);
        description = Text.trimmed(description);
        dateOfBirth = dateOfBirth == null ? DateAnswer.empty() : dateOfBirth;
        age = Text.trimmed(age);
        line1 = Text.trimmed(line1);
        line2 = Text.trimmed(line2);
        town = Text.trimmed(town);
        postcode = Text.trimmed(postcode);
    }

    /** A new child's page starts with the postcode the person gave for where the child lives. */
    static ChildForm startingAt(String postcode) {
        return new ChildForm("", "", DateAnswer.empty(), "", "", "", "", postcode);
    }

    static ChildForm of(ChildAnswers a) {
        return new ChildForm(a.name(), a.description(), DateAnswer.of(a.dateOfBirth()),
                a.approximateAge() == null ? "" : a.approximateAge().toString(), a.line1(), a.line2(), a.town(),
                a.postcode());
    }

    Checked<ChildAnswers> check(LocalDate today) {
        FormErrors errors = FormErrors.none();
        if (name.isEmpty() && description.isEmpty()) {
            errors.add("name", "Enter the child’s name, or describe them if you do not know their name");
        }
        tooLong(errors, "name", name, NAME_MAX, "The child’s name");
        tooLong(errors, "description", description, DESCRIPTION_MAX, "The description");
        // both are optional: many people know neither, and a guess at the age is worth having next to a date
        LocalDate born = dateOfBirth.blank() ? null : dateOfBirth(errors, today);
        Integer years = age.isEmpty() ? null : approximateAge(errors);
        tooLong(errors, "line1", line1, LINE_MAX, "The building and street");
        tooLong(errors, "line2", line2, LINE_MAX, "The second address line");
        tooLong(errors, "town", town, TOWN_MAX, "The town or city");
        String normalisedPostcode = null;
        if (!postcode.isEmpty()) {
            normalisedPostcode = UkPostcode.normalise(postcode).orElse(null);
            if (normalisedPostcode == null) {
                errors.add("postcode", "Enter a real postcode, like LE11 3TU, or leave it empty");
            }
        }
        return Checked.of(new ChildAnswers(Text.orNull(name), Text.orNull(description), born, years,
                Text.orNull(line1), Text.orNull(line2), Text.orNull(town), normalisedPostcode), errors);
    }

    private LocalDate dateOfBirth(FormErrors errors, LocalDate today) {
        DateAnswer.Reading reading = dateOfBirth.read("Date of birth");
        if (!reading.valid()) {
            errors.addDatePart("date-of-birth", reading.part(), reading.message());
            return null;
        }
        LocalDate born = reading.date();
        if (born.isAfter(today)) {
            errors.add("date-of-birth", "date-of-birth-day", "Date of birth must be today or in the past");
        } else if (!born.isAfter(today.minusYears(18))) {
            errors.add("date-of-birth", "date-of-birth-day",
                    "Date of birth must be less than 18 years ago: this service is for children");
        }
        return born;
    }

    private Integer approximateAge(FormErrors errors) {
        if (!age.matches("\\d{1,2}")) {
            errors.add("age", "Enter the child’s age as a number of years, like 6");
        } else if (Integer.parseInt(age) > 17) {
            errors.add("age", "Age must be 17 or under: this service is for children");
        } else {
            return Integer.valueOf(age);
        }
        return null;
    }

    static void tooLong(FormErrors errors, String field, String value, int max, String subject) {
        if (value.length() > max) {
            errors.add(field, String.format("%s must be %,d characters or fewer", subject, max));
        }
    }
}
