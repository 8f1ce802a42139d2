package org.opendoor.triage.children;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.opendoor.model.ReferralReceived;
import org.opendoor.triage.routing.Postcode;

/**
 * What identifies a child across referrals, normalised: NHS number (ten digits), and names (letters only, no
 * accents, lower case), date of birth and full postcode. Never logged.
 */
public record ChildIdentity(String nhsNumber, String firstName, String lastName, LocalDate dateOfBirth,
        String postcode) {

    public static ChildIdentity of(ReferralReceived.Child child) {
        String nhs = child.nhsNumber() == null ? null : child.nhsNumber().replaceAll("[^0-9]", "");
        String postcode = child.address() == null ? null
                : Postcode.parse(child.address().postcode()).map(Postcode::normalised).orElse(null);
        return new ChildIdentity(nhs != null && nhs.length() == 10 ? nhs : null, name(child.firstName()),
                name(child.lastName()), child.dateOfBirth(), postcode);
    }

    /** Name, date of birth and postcode are all known, so the child can be matched without an NHS number. */
    public boolean hasMatchKey() {
        return firstName != null && lastName != null && dateOfBirth != null && postcode != null;
    }

    /** Keys to lock while this child is linked, so two referrals about one child are linked one after the other. */
    List<String> lockKeys() {
        List<String> keys = new ArrayList<>();
        if (nhsNumber != null) {
            keys.add("child-nhs:" + nhsNumber);
        }
        if (hasMatchKey()) {
            keys.add("child-key:" + firstName + "|" + lastName + "|" + dateOfBirth + "|" + postcode);
        }
        return keys;
    }

    static String name(String raw) {
        if (raw == null) {
            return null;
        }
        String letters = Normalizer.normalize(raw, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        return letters.isEmpty() ? null : letters;
    }
}
