package org.opendoor.briefing.measures;

/** What a measure's value is: a count of things in the month, or a percentage of one count over another. */
public enum Unit {
    COUNT,
    PERCENT
}
