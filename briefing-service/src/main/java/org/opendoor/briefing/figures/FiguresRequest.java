package org.opendoor.briefing.figures;

import java.util.List;

/** The JSON form of a submission: {@code {"figures": [{"month", "area", "measure", "value", "source"}]}}. */
public record FiguresRequest(List<Figure> figures) {
    public record Figure(String month, String area, String measure, String value, String source) {
    }
}
