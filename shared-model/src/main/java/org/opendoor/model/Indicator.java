package org.opendoor.model;

/** Observable signs a referrer can report. The first seven are the public campaign's signs (DOMAIN.md). */
public enum Indicator {
    YOUNG_CHILD_LEFT_ALONE,
    CHILD_UNKEMPT,
    CHILD_WITHDRAWN_OR_ANXIOUS,
    AGGRESSIVE_SHOUTING,
    SOUNDS_OF_VIOLENCE,
    PROLONGED_CRYING,
    RELATIVES_DENIED_CONTACT,
    DISCLOSURE,
    INJURY,
    SELF_HARM,
    SUBSTANCE_MISUSE,
    TRUANCY,
    YOUNG_CARER,
    TRAFFICKING,
    FGM,
    PARENTAL_MENTAL_HEALTH,
    PARENTAL_SUBSTANCE_MISUSE;
}
