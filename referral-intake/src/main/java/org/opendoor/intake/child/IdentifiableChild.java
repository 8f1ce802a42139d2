package org.opendoor.intake.child;

/** A child in a submission: someone must be able to tell who is meant, by name or by description. */
public interface IdentifiableChild {
    boolean hasNameOrDescription();

    static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
