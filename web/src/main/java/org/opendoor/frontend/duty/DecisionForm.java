package org.opendoor.frontend.duty;

import java.util.HashMap;
import java.util.Map;
import org.opendoor.frontend.census.CensusCodes;
import org.opendoor.frontend.form.FormErrors;

/**
 * The decision form: outcome, rationale and the CIN census primary need (preselected from the rules' suggestion).
 * A person may leave the need blank only for no further action (triage then records the suggestion, if any);
 * whether a departure needs a rationale is triage's rule, shown from its answer.
 */
record DecisionForm(String outcome, String rationale, String primaryNeedCode) {
    static DecisionForm sent(String outcome, String rationale, String primaryNeedCode) {
        return new DecisionForm(outcome == null ? "" : outcome.strip(), rationale == null ? "" : rationale.strip(),
                primaryNeedCode == null ? "" : primaryNeedCode.strip());
    }

    FormErrors check(CensusCodes codes, FormErrors errors) {
        if (!Outcome.known(outcome)) {
            errors.add("outcome", "Select the decision");
        }
        if (primaryNeedCode.isEmpty() && Outcome.known(outcome) && !Outcome.NFA.name().equals(outcome)) {
            errors.add("primaryNeedCode", "Select the primary need (CIN census)");
        } else if (!primaryNeedCode.isEmpty() && !codes.primaryNeeds().has(primaryNeedCode)) {
            errors.add("primaryNeedCode", "Select the primary need (CIN census) from the list");
        }
        return errors;
    }

    /** Triage's decision request; no primaryNeedCode when blank (NFA), so triage applies its own default. */
    Map<String, String> body() {
        Map<String, String> body = new HashMap<>();
        body.put("outcome", outcome);
        body.put("rationale", rationale);
        if (!primaryNeedCode.isEmpty()) {
            body.put("primaryNeedCode", primaryNeedCode);
        }
        return body;
    }
}
