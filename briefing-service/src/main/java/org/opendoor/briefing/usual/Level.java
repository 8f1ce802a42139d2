package org.opendoor.briefing.usual;

/** Where this month's count lies against the usual range (the prediction interval). */
public enum Level { HIGHER, LOWER, USUAL }
