package org.opendoor.briefing.usual;

/** What a series counts: events ({@code COUNT}), or a numerator over a denominator ({@code RATE}, a percentage measure). */
public enum SeriesKind {
    /** Events in the month; the exposure is the working days (or calendar days, or 1 when there is none). */
    COUNT,
    /** The count is a numerator and the exposure its denominator. */
    RATE
}
