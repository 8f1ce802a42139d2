package org.opendoor.frontend.calls;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.opendoor.frontend.form.Option;

/**
 * Who the caller is to the child, as the call handler picks it. Each is one of intake's PHONE keys, which decide
 * the CIN source-of-referral code (referral-intake's cin/source-code-defaults.csv: a parent is 1A, a neighbour
 * 1B, the child themself 1C, a school 2A, a GP 3A, police 6, an anonymous caller 9).
 */
enum CallerRelationship {
    ANONYMOUS("Will not say who they are (anonymous)"),
    PARENT("Parent"),
    RELATIVE("Other relative"),
    CARER("Carer"),
    NEIGHBOUR("Neighbour"),
    FRIEND("Family friend"),
    CHILD_MINDER("Child minder"),
    ACQUAINTANCE("Other acquaintance"),
    SELF("The child themself"),
    SCHOOL("School"),
    EDUCATION_SERVICES("Education services"),
    GP("GP"),
    HEALTH_VISITOR("Health visitor"),
    SCHOOL_NURSE("School nurse"),
    EMERGENCY_DEPARTMENT("Hospital emergency department"),
    HEALTH_OTHER("Other health service"),
    HOUSING("Housing"),
    POLICE("Police"),
    VOLUNTARY_OR_OTHER("Voluntary organisation or children's centre"),
    OTHER("Someone else");

    private final String text;

    CallerRelationship(String text) {
        this.text = text;
    }

    static Optional<CallerRelationship> of(String value) {
        return Arrays.stream(values()).filter(r -> r.name().equals(value)).findFirst();
    }

    static List<Option> options() {
        return Arrays.stream(values()).map(r -> Option.of(r.name(), r.text)).toList();
    }
}
