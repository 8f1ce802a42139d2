package org.opendoor.frontend.briefing;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opendoor.frontend.form.FormErrors;

/**
 * briefing-service's refusal of a file of figures ({@code "row 3: value"} → message), as the GOV.UK error summary
 * lists it: one line per problem, in the service's order, each linking to the file input (the only field there is
 * to fix them in). A file with hundreds of bad rows lists the first {@value #SHOWN} and says how many more there are.
 */
final class RefusedRows {
    static final String FIELD = "file";
    static final int SHOWN = 25;
    private static final Pattern ROW = Pattern.compile("row (\\d+)\\s*:\\s*(.*)", Pattern.CASE_INSENSITIVE);

    private RefusedRows() {
    }

    static FormErrors errors(Map<String, String> violations) {
        FormErrors errors = FormErrors.none();
        int shown = 0;
        for (Map.Entry<String, String> v : violations.entrySet()) {
            if (shown == SHOWN) {
                int more = violations.size() - SHOWN;
                errors.add("more", FIELD, "There " + (more == 1 ? "is 1 more problem" : "are " + more + " more problems")
                        + " in the file");
                break;
            }
            // FormErrors keeps one message per field: each violation's own key keeps them apart
            errors.add("violation-" + shown, FIELD, line(v.getKey(), v.getValue()));
            shown++;
        }
        return errors;
    }

    /** "Row 3, value: must be a number"; a problem with the whole file is its message alone. */
    static String line(String field, String message) {
        String text = message == null || message.isBlank() ? "is not right" : message.strip();
        Matcher row = ROW.matcher(field == null ? "" : field.strip());
        if (row.matches()) {
            String column = row.group(2).strip();
            return "Row " + row.group(1) + (column.isEmpty() ? "" : ", " + column) + ": " + text;
        }
        if (field == null || field.isBlank()) {
            return capitalised(text);
        }
        return capitalised(field.strip()) + ": " + text;
    }

    private static String capitalised(String text) {
        return text.substring(0, 1).toUpperCase(Locale.UK) + text.substring(1);
    }
}
