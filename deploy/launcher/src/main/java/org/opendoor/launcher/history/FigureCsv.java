package org.opendoor.launcher.history;

import java.util.List;

/** Figures as the briefing's {@code POST /api/v1/figures} takes them in {@code text/csv}. */
public final class FigureCsv {
    public static final String HEADER = "month,area,measure,value,source";

    private FigureCsv() {
    }

    /** The header and one row per figure, each naming {@code source} as where it came from. */
    public static String write(List<HistoricFigure> figures, String source) {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        String quotedSource = field(source);
        for (HistoricFigure figure : figures) {
            csv.append(figure.month()).append(',').append(figure.area()).append(',').append(figure.measure())
                    .append(',').append(figure.value()).append(',').append(quotedSource).append('\n');
        }
        return csv.toString();
    }

    /** RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled. */
    private static String field(String text) {
        return text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")
                ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
