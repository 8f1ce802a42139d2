package org.opendoor.model;

/** DASH risk checklist outcome: 1-9 yes answers standard, 10-13 medium, 14+ high; judgement can raise it, never lower it. */
public enum DashRiskLevel {
    STANDARD,
    MEDIUM,
    HIGH;
}
