package org.opendoor.model;

/**
 * Next step for a referral: what triage recommends and what the duty team decides.
 * Declared from least to most intensive intervention.
 */
public enum Pathway {
    NFA,
    ADVICE_SIGNPOST,
    EARLY_HELP,
    S17_ASSESSMENT,
    S47_STRATEGY_DISCUSSION,
    IMMEDIATE_PROTECTION;

    public static Pathway mostIntensive(Pathway a, Pathway b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }
}
