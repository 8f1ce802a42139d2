package org.opendoor.frontend.intake;

import io.quarkus.qute.TemplateData;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A referral as its referrer sees it: the reference, where it is, and the duty team's decision once made. */
@TemplateData
public record ReferralFeedback(UUID referralId, String reference, String status, Instant receivedAt, String outcome,
        Instant decidedAt) {
    private static final Map<String, String> STATUSES = Map.of(
            "RECEIVED", "Received – being triaged",
            "TRIAGED", "With the duty team",
            "TRANSFERRED_OUT_OF_AREA", "Passed to the council where the child lives",
            "DECIDED", "Decided");
    private static final Map<String, String> OUTCOMES = Map.of(
            "NFA", "No further action by children's social care",
            "ADVICE_SIGNPOST", "Advice and signposting to other services",
            "EARLY_HELP", "Referred to early help",
            "S17_ASSESSMENT", "A child in need assessment (section 17)",
            "S47_STRATEGY_DISCUSSION", "A strategy discussion about significant harm (section 47)",
            "IMMEDIATE_PROTECTION", "Immediate protection");

    public String statusText() {
        return STATUSES.getOrDefault(status, status);
    }

    /** The duty team's feedback in words, or null before the decision. */
    public String outcomeText() {
        return outcome == null ? null : OUTCOMES.getOrDefault(outcome, outcome);
    }

    public boolean triaged() {
        return !"RECEIVED".equals(status);
    }
}
