package org.opendoor.frontend.form;

import io.quarkus.qute.TemplateData;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What is wrong with a submitted form, in the GOV.UK Design System's terms: one message per field, in page order,
 * for the error summary (which links to {@link Error#href()}) and beside each field.
 */
@TemplateData
public final class FormErrors {
    /**
     * A field's message; {@code target} is the id of the input the summary's link moves focus to. {@code part}
     * names the one input of a date that is wrong ("day", "month", "year"), or is null when all of it is.
     */
    @TemplateData
    public record Error(String field, String target, String message, String part) {
        public String href() {
            return "#" + target;
        }
    }

    private final List<Error> errors = new ArrayList<>();

    public static FormErrors none() {
        return new FormErrors();
    }

    /** Records the first message for a field; later ones for the same field are dropped, as the Design System asks. */
    public FormErrors add(String field, String message) {
        return add(field, field, message);
    }

    public FormErrors add(String field, String target, String message) {
        return add(new Error(field, target, message, null));
    }

    /** A date's message that concerns one of its inputs only; the summary links to that input. */
    public FormErrors addDatePart(String field, DateAnswer.Part part, String message) {
        if (part == DateAnswer.Part.ALL) {
            return add(field, field + "-day", message);
        }
        String name = part.name().toLowerCase();
        return add(new Error(field, field + "-" + name, message, name));
    }

    private FormErrors add(Error error) {
        if (!has(error.field())) {
            errors.add(error);
        }
        return this;
    }

    public boolean any() {
        return !errors.isEmpty();
    }

    public boolean has(String field) {
        return errors.stream().anyMatch(e -> e.field().equals(field));
    }

    /** The message for a field, or null (templates test it with {#if}). */
    public String of(String field) {
        return find(field).map(Error::message).orElse(null);
    }

    /** Whether one input of a date ("day", "month", "year") shows as wrong. */
    public boolean marks(String field, String part) {
        return find(field).map(e -> e.part() == null || e.part().equals(part)).orElse(false);
    }

    public List<Error> list() {
        return List.copyOf(errors);
    }

    private Optional<Error> find(String field) {
        return errors.stream().filter(e -> e.field().equals(field)).findFirst();
    }
}
