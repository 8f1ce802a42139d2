package org.opendoor.briefing.areas;

public enum AreaKind {
    PARTNERSHIP,
    AUTHORITY
}
