package org.opendoor.briefing.figures;

/** A figure as it came, before any check: {@code line} says where (CSV line number, or JSON position). */
public record RawFigure(String line, String month, String area, String measure, String value, String source) {
}
