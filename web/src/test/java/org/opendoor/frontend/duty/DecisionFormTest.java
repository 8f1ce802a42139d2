package org.opendoor.frontend.duty;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.opendoor.frontend.census.CensusCodes;
import org.opendoor.frontend.form.FormErrors;

/** The decision form's census primary need: chosen (preselected), blank only for no further action, a known code. */
class DecisionFormTest {
    private final CensusCodes codes = new CensusCodes();

    @Test
    void theChosenNeedGoesToTriageWithTheDecision() {
        DecisionForm form = DecisionForm.sent("S17_ASSESSMENT", " Assess. ", " N4 ");
        assertThat(form.check(codes, FormErrors.none()).any()).isFalse();
        assertThat(form.body()).containsEntry("outcome", "S17_ASSESSMENT").containsEntry("rationale", "Assess.")
                .containsEntry("primaryNeedCode", "N4");
    }

    @Test
    void aBlankNeedIsRefusedUnlessTheDecisionIsNoFurtherAction() {
        FormErrors errors = DecisionForm.sent("EARLY_HELP", "", "").check(codes, FormErrors.none());
        assertThat(errors.of("primaryNeedCode")).isEqualTo("Select the primary need (CIN census)");

        DecisionForm nfa = DecisionForm.sent("NFA", "", "");
        assertThat(nfa.check(codes, FormErrors.none()).any()).isFalse();
        assertThat(nfa.body()).as("triage records the suggestion, if any").doesNotContainKey("primaryNeedCode");
    }

    @Test
    void anUnknownNeedOrNoDecisionIsRefused() {
        assertThat(DecisionForm.sent("NFA", "", "N10").check(codes, FormErrors.none()).of("primaryNeedCode"))
                .isEqualTo("Select the primary need (CIN census) from the list");
        FormErrors none = DecisionForm.sent(null, null, null).check(codes, FormErrors.none());
        assertThat(none.list()).extracting(FormErrors.Error::field).containsExactly("outcome");
    }
}
