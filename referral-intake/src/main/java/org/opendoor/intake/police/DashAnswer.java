package org.opendoor.intake.police;

/** An answer to one question of the DASH risk checklist. */
public enum DashAnswer {
    YES,
    NO,
    NOT_KNOWN;
}
