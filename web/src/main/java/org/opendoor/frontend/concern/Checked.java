package org.opendoor.frontend.concern;

import org.opendoor.frontend.form.FormErrors;

/** A form read and checked: the answer when it is acceptable, otherwise what is wrong with it. */
record Checked<T>(T answer, FormErrors errors) {
    static <T> Checked<T> of(T answer, FormErrors errors) {
        return errors.any() ? new Checked<>(null, errors) : new Checked<>(answer, errors);
    }

    boolean valid() {
        return !errors.any();
    }
}
