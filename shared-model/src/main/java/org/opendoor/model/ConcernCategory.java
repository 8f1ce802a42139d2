package org.opendoor.model;

/** Category of concern as the referrer sees it. */
public enum ConcernCategory {
    NEGLECT,
    PHYSICAL_ABUSE,
    EMOTIONAL_ABUSE,
    SEXUAL_ABUSE,
    DOMESTIC_ABUSE,
    CHILD_EXPLOITATION,
    MISSING,
    MENTAL_HEALTH,
    OTHER;
}
