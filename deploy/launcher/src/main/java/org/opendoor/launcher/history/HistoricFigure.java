package org.opendoor.launcher.history;

import java.time.YearMonth;

/** One month's figure for one authority and one measure of the briefing's catalogue. */
public record HistoricFigure(YearMonth month, String area, String measure, long value) {
}
