package org.opendoor.notify.plan;

import org.opendoor.model.Pathway;

/** The words a referrer reads for each duty decision. */
final class Outcomes {
    private Outcomes() {
    }

    static String describe(Pathway outcome) {
        if (outcome == null) {
            return "recorded in OpenDoor";
        }
        return switch (outcome) {
            case NFA -> "no further action by children's social care";
            case ADVICE_SIGNPOST -> "advice and signposting to other services";
            case EARLY_HELP -> "referred to early help";
            case S17_ASSESSMENT -> "a child and family assessment (section 17)";
            case S47_STRATEGY_DISCUSSION -> "a strategy discussion (section 47 enquiries)";
            case IMMEDIATE_PROTECTION -> "immediate protective action";
        } + " (" + outcome.name() + ")";
    }
}
