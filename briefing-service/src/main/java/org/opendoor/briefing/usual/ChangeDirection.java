package org.opendoor.briefing.usual;

/** The change from the previous month: UP or DOWN only when it is more than chance. */
public enum ChangeDirection { UP, DOWN, SIMILAR }
