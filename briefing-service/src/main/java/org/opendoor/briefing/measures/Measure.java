package org.opendoor.briefing.measures;

import org.opendoor.data.Required;

/**
 * One figure of the briefing. {@code phrase} is how a sentence names it ("contacts about domestic abuse"),
 * {@code plural} whether it takes "were" or "was". A {@link Unit#PERCENT} measure is {@code numerator} over
 * {@code denominator}, both COUNT measures; an {@link Origin#OPENDOOR} count says how it is counted
 * ({@code tally}). {@code chart} measures get a chart; {@code headline} ones lead the briefing.
 */
public record Measure(String id, String section, String title, String phrase, boolean plural, Unit unit,
        Origin origin, Exposure exposure, boolean chart, boolean headline, String description, String numerator,
        String denominator, Tally tally) {
    public Measure {
        Required.text(id, "id");
        Required.text(section, "section");
        Required.text(title, "title");
        Required.text(phrase, "phrase");
        Required.value(unit, "unit");
        Required.value(origin, "origin");
        Required.value(exposure, "exposure");
        if (unit == Unit.PERCENT) {
            Required.text(numerator, "numerator");
            Required.text(denominator, "denominator");
            if (exposure != Exposure.DENOMINATOR || tally != null) {
                throw new IllegalArgumentException("a PERCENT measure has exposure DENOMINATOR and no tally");
            }
        } else {
            if (numerator != null || denominator != null) {
                throw new IllegalArgumentException("only a PERCENT measure has a numerator and denominator");
            }
            if (exposure == Exposure.DENOMINATOR) {
                throw new IllegalArgumentException("exposure DENOMINATOR is for PERCENT measures");
            }
            if (origin == Origin.OPENDOOR && tally == null) {
                throw new IllegalArgumentException("an OPENDOOR count says how it is counted (tally)");
            }
            if (origin == Origin.PARTNER && tally != null) {
                throw new IllegalArgumentException("a PARTNER measure is sent by partners, not counted (no tally)");
            }
        }
    }

    /** Whether people may send figures for it: every count (partner figures, and history of OpenDoor's own). */
    public boolean submittable() {
        return unit == Unit.COUNT;
    }
}
