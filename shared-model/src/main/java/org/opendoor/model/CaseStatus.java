package org.opendoor.model;

/** Where a triaged case is in the duty team's hands. */
public enum CaseStatus {
    AWAITING_DECISION,
    DECIDED,
    TRANSFERRED_OUT_OF_AREA;
}
