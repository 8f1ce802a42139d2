package org.opendoor.frontend.concern;

import java.util.regex.Pattern;
import org.opendoor.frontend.form.Choices;
import org.opendoor.frontend.form.FormErrors;
import org.opendoor.frontend.form.Text;

/** The "your details" page's fields, as typed. */
public record YourDetailsForm(String name, String phone, String email, String relationship) {
    // what referral-intake accepts: digits, spaces, +, (, ) and -
    private static final Pattern PHONE = Pattern.compile("[0-9+() -]{6,40}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public YourDetailsForm {
        name = Text.trimmed(name);
        phone = Text.trimmed(phone);
        email = Text.trimmed(email);
        relationship = Text.trimmed(relationship);
    }

    static YourDetailsForm empty() {
        return new YourDetailsForm("", "", "", "");
    }

    static YourDetailsForm of(ReporterDetails d) {
        return new YourDetailsForm(d.name(), d.phone(), d.email(), d.relationship().name());
    }

    Checked<ReporterDetails> check() {
        FormErrors errors = FormErrors.none();
        if (name.isEmpty()) {
            errors.add("name", "Enter your name");
        }
        ChildForm.tooLong(errors, "name", name, 200, "Your name");
        if (phone.isEmpty() && email.isEmpty()) {
            errors.add("phone", "Enter a phone number or an email address, so the duty team can contact you");
        } else if (!phone.isEmpty() && (!PHONE.matcher(phone).matches() || phone.chars().filter(Character::isDigit).count() < 6)) {
            errors.add("phone", "Enter a phone number, like 07700 900 982 or 0116 496 0000");
        }
        if (!email.isEmpty() && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
            errors.add("email", "Enter an email address in the correct format, like name@example.com");
        }
        Relationship known = Choices.parse(Relationship.class, relationship);
        if (known == null) {
            errors.add("relationship", "Select how you know the child");
        }
        return Checked.of(new ReporterDetails(name, Text.orNull(phone), Text.orNull(email), known), errors);
    }
}
