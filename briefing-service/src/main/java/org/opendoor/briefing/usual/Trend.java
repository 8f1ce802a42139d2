package org.opendoor.briefing.usual;

/** Whether the last three months are moving away from what was expected, all the same way, more than chance. */
public enum Trend { RISING, FALLING, STEADY }
