package org.opendoor.frontend.calls;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.qute.TemplateData;
import java.util.Optional;
import org.opendoor.frontend.form.FormErrors;
import org.opendoor.frontend.form.Text;
import org.opendoor.frontend.form.UkPostcode;

/** The call handler's form as typed, its checks, and the PHONE referral it becomes (API.md). */
@TemplateData
public record PhoneCall(String relationship, String callerName, String callerPhone, String childName,
        String childDescription, String childAge, String postcode, String summary, String immediateDanger,
        String submission) {
    static final int SUMMARY_LIMIT = 10_000;

    static PhoneCall blank(String submission) {
        return new PhoneCall("", "", "", "", "", "", "", "", "", submission);
    }

    PhoneCall tidy() {
        return new PhoneCall(s(relationship), s(callerName), s(callerPhone), s(childName), s(childDescription),
                s(childAge), s(postcode), s(summary), s(immediateDanger), s(submission));
    }

    boolean anonymous() {
        return CallerRelationship.ANONYMOUS.name().equals(relationship);
    }

    FormErrors check() {
        FormErrors errors = FormErrors.none();
        if (CallerRelationship.of(relationship).isEmpty()) {
            errors.add("relationship", "Select who the caller is to the child");
        }
        if (childName.isEmpty() && childDescription.isEmpty()) {
            errors.add("childName", "Enter the child's name, or describe the child");
        }
        if (!childAge.isEmpty() && age().isEmpty()) {
            errors.add("childAge", "Age must be a whole number of years from 0 to 17");
        }
        if (!postcode.isEmpty() && UkPostcode.normalise(postcode).isEmpty()) {
            errors.add("postcode", "Enter a real postcode, like LE11 3TU");
        }
        if (summary.isEmpty()) {
            errors.add("summary", "Enter what the caller is worried about");
        } else if (summary.length() > SUMMARY_LIMIT) {
            errors.add("summary", "What the caller is worried about must be 10,000 characters or fewer");
        }
        if (!immediateDanger.equals("yes") && !immediateDanger.equals("no")) {
            errors.add("immediateDanger", "Select yes if a child is in immediate danger");
        }
        return errors;
    }

    /** The referral intake takes: source PHONE; intake derives the source code from the relationship. */
    ObjectNode referral(ObjectMapper json) {
        ObjectNode referral = json.createObjectNode().put("source", "PHONE");
        ObjectNode child = referral.putArray("children").addObject();
        String[] names = childName.split("\\s+", 2);
        if (!childName.isEmpty()) {
            child.put("firstName", names[0]);
            if (names.length > 1) {
                child.put("lastName", names[1]);
            }
        }
        if (!childDescription.isEmpty()) {
            child.put("description", childDescription);
        }
        age().ifPresent(a -> child.put("estimatedAgeYears", a));
        UkPostcode.normalise(postcode).ifPresent(p -> child.putObject("address").put("postcode", p));
        referral.putObject("concern").put("summary", summary).put("immediateDanger", immediateDanger.equals("yes"));
        ObjectNode referrer = referral.putObject("referrer").put("relationshipToChild", relationship);
        if (!anonymous()) {
            if (!callerName.isEmpty()) {
                referrer.put("name", callerName);
            }
            if (!callerPhone.isEmpty()) {
                referrer.put("phone", callerPhone);
            }
        }
        return referral;
    }

    private Optional<Integer> age() {
        try {
            int years = Integer.parseInt(childAge);
            return years >= 0 && years <= 17 ? Optional.of(years) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String s(String value) {
        return value == null ? "" : Text.trimmed(value);
    }
}
