package org.opendoor.briefing.figures;

/** Who sent figures: the person or partner system (token name) and its organisation ({@code org} claim). */
public record Submitter(String name, String organisation) {
}
