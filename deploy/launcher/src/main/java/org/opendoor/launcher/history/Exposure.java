package org.opendoor.launcher.history;

/** What a month's count grows with, as the briefing's measure catalogue names it. */
public enum Exposure {
    WORKING_DAYS, CALENDAR_DAYS, NONE
}
