package org.opendoor.intake.referral;

/** Where a referral is, as intake learns it from triage's events. */
public enum ReferralStatus {
    /** Stored by intake; triage has not placed it yet. */
    RECEIVED,
    /** In a duty team's queue awaiting a decision. */
    TRIAGED,
    /** Outside the partnership: in the out-of-area queue for transfer. */
    TRANSFERRED_OUT_OF_AREA,
    /** The duty team decided the next step (the outcome). */
    DECIDED;
}
