package org.opendoor.frontend.duty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.opendoor.frontend.census.CensusCodes;
import org.opendoor.frontend.form.FormErrors;

/** The case page's census characteristics form: what is sent, our checks, and what triage is asked to record. */
class CharacteristicsFormTest {
    private static final UUID CHILD = UUID.fromString("9a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d");
    private final CensusCodes codes = new CensusCodes();

    @Test
    void blanksAreNotRecordedAndEachTickedCodeIsSentOnce() {
        CharacteristicsForm form = CharacteristicsForm.sent(CHILD, " F ", "", Arrays.asList("MOB", "", "MOB", null,
                "AUT"));
        assertThat(form.check(codes, FormErrors.none()).any()).isFalse();
        assertThat(form.body()).containsEntry("sex", "F").containsEntry("ethnicity", null)
                .containsEntry("disabilities", List.of("MOB", "AUT"));

        CharacteristicsForm nothing = CharacteristicsForm.sent(CHILD, null, null, null);
        assertThat(nothing.check(codes, FormErrors.none()).any()).isFalse();
        assertThat(nothing.body()).containsEntry("sex", null).containsEntry("ethnicity", null)
                .containsEntry("disabilities", null);
    }

    @Test
    void noneWithADisabilityIsRefusedAgainstThatChildsCheckboxes() {
        FormErrors errors = CharacteristicsForm.sent(CHILD, "M", "WBRI", List.of("NONE", "HEAR"))
                .check(codes, FormErrors.none());
        assertThat(errors.list()).extracting(FormErrors.Error::field, FormErrors.Error::message)
                .containsExactly(tuple("disabilities-" + CHILD,
                        "Select \u201cNone\u201d, or the child's disabilities, not both"));
        assertThat(CharacteristicsForm.sent(CHILD, "M", "WBRI", List.of("NONE")).check(codes, FormErrors.none())
                .any()).isFalse();
    }

    @Test
    void codesNotInTheListsAreRefusedFieldByField() {
        FormErrors errors = CharacteristicsForm.sent(CHILD, "X", "WHITE", List.of("BLIND"))
                .check(codes, FormErrors.none());
        assertThat(errors.list()).extracting(FormErrors.Error::field).containsExactly("sex-" + CHILD,
                "ethnicity-" + CHILD, "disabilities-" + CHILD);
        assertThat(errors.list()).extracting(FormErrors.Error::href).containsExactly("#sex-" + CHILD,
                "#ethnicity-" + CHILD, "#disabilities-" + CHILD);
    }

    @Test
    void triagesViolationsLandOnThisChildsFields() {
        CharacteristicsForm form = CharacteristicsForm.sent(CHILD, "M", null, null);
        assertThat(form.fieldsByViolation()).containsEntry("sex", "sex-" + CHILD)
                .containsEntry("ethnicity", "ethnicity-" + CHILD).containsEntry("disabilities", "disabilities-" + CHILD);
    }

    @Test
    void theFormIsFilledFromWhatIsRecorded() {
        CharacteristicsForm form = CharacteristicsForm.of(CHILD, new CaseDetail.Characteristics("F", "NOBT",
                List.of("NONE")));
        assertThat(form.sex()).isEqualTo("F");
        assertThat(form.ethnicity()).isEqualTo("NOBT");
        assertThat(form.none()).isTrue();
        assertThat(CharacteristicsForm.of(CHILD, null).sex()).isEmpty();
    }
}
