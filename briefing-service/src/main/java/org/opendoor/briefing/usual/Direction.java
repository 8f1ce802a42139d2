package org.opendoor.briefing.usual;

/** The one word a statement leads with: the level when it is unusual, else the trend when there is one. */
public enum Direction { HIGHER, LOWER, RISING, FALLING, USUAL }
