package org.opendoor.frontend.briefing;

import java.util.List;

/**
 * A month's briefing for an area as briefing-service gives it (its README's JSON). Numbers are nullable: null
 * where there is no baseline yet, or where the published view suppresses a small number.
 */
public record Briefing(String month, Area area, boolean complete, boolean published, List<Headline> headlines,
        List<Section> sections) {

    public record Headline(String section, String measure, String statement) {
    }

    public record Section(String id, String title, List<Measure> measures) {
    }

    public record Measure(String measure, String title, String unit, Double value, Long count, Long denominator,
            Double expected, Double usualLow, Double usualHigh, Double dfeStylePercentChange, String direction,
            String level, String trend, Change changeFromLastMonth, String guard, boolean suppressed,
            String statement, String source, boolean chart, List<Point> series) {

        public boolean percent() {
            return "PERCENT".equals(unit);
        }
    }

    public record Change(Double previous, Double percent, String direction) {
    }

    /** One month of a chart's series, with that month's own expected value and usual range. */
    public record Point(String month, Double value, Double expected, Double usualLow, Double usualHigh,
            boolean excluded) {
    }
}
