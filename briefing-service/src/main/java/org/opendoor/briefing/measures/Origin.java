package org.opendoor.briefing.measures;

/** Who holds a measure's figures: OpenDoor counts its own (history may be imported); partners send theirs. */
public enum Origin {
    OPENDOOR,
    PARTNER
}
