package org.opendoor.briefing.usual;

/** Why nothing is claimed about a month: with a guard the level is USUAL, the trend STEADY and the change SIMILAR. */
public enum Guard {
    /** The numbers are too small: both the expected value and the count are below the minimum expected. */
    TOO_FEW,
    /** Fewer prior years of the same month than the settings' minimum, so there is nothing to compare with. */
    NO_BASELINE
}
