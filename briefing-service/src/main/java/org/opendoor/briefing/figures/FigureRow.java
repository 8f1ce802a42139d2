package org.opendoor.briefing.figures;

import java.time.YearMonth;

/** One figure as sent, checked: {@code line} is where it was (a CSV line, or a JSON list position) for errors. */
public record FigureRow(String line, YearMonth month, String area, String measure, long value, String source) {
}
