package org.opendoor.frontend.briefing;

import io.quarkus.qute.TemplateData;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * A briefing as the page shows it: the headlines, then each section with a chart for each charted measure (and the
 * numbers beside it) and a table of the rest. Every number is already in words here ("1,180", "12.4%", "[c]"), so
 * the template only places them.
 */
@TemplateData
public record BriefingView(String month, String monthWords, Area area, String title, boolean complete,
        List<String> headlines, List<SectionView> sections, boolean anySuppressed, String csvHref) {

    /** A section of the briefing: its charts first, then the table of its measures that have none. */
    @TemplateData
    public record SectionView(String id, String title, List<ChartView> charts, List<MeasureRow> rows,
            boolean rowsSuppressed) {
    }

    /** A charted measure: the chart, what it says, its numbers this month, every month's numbers and its CSV. */
    @TemplateData
    public record ChartView(String anchor, String title, String statement, String guard, String svg,
            String chartId, MeasureRow thisMonth, String tableCaption, List<DataRow> data, String csvHref,
            String source) {
    }

    /** One measure this month: the row of a section's table, or the figures under a chart. */
    @TemplateData
    public record MeasureRow(String anchor, String title, String value, String expected, String range,
            String change, String statement, String guard, boolean suppressed, String source) {
    }

    /** One month of a chart's data table. */
    @TemplateData
    public record DataRow(String month, boolean current, boolean excluded, String value, String expected,
            String range) {
    }

    static BriefingView from(Briefing briefing, YearMonth month) {
        String monthWords = BriefingMonth.words(month);
        Area area = briefing.area();
        String query = "?area=" + URLEncoder.encode(area.code(), StandardCharsets.UTF_8);
        String base = "/staff/briefing/" + month;
        List<SectionView> sections = new ArrayList<>();
        boolean anySuppressed = false;
        for (Briefing.Section section : orEmpty(briefing.sections())) {
            List<ChartView> charts = new ArrayList<>();
            List<MeasureRow> rows = new ArrayList<>();
            for (Briefing.Measure measure : orEmpty(section.measures())) {
                anySuppressed |= measure.suppressed();
                MeasureRow row = row(measure);
                if (measure.chart()) {
                    SeriesChart chart = SeriesChart.of(measure, area.name());
                    charts.add(new ChartView(row.anchor(), measure.title(), measure.statement(), row.guard(),
                            chart.svg(), chart.id(), row, measure.title() + ", " + chart.span(),
                            data(measure, month), base + "/" + anchor(measure.measure()) + ".csv" + query,
                            measure.source()));
                } else {
                    rows.add(row);
                }
            }
            sections.add(new SectionView(anchor(section.id()), section.title(), charts, rows,
                    rows.stream().anyMatch(MeasureRow::suppressed)));
        }
        List<String> headlines = orEmpty(briefing.headlines()).stream().map(Briefing.Headline::statement).toList();
        return new BriefingView(month.toString(), monthWords, area,
                "Performance briefing: " + area.name() + ", " + monthWords, briefing.complete(), headlines,
                sections, anySuppressed, base + ".csv" + query);
    }

    private static MeasureRow row(Briefing.Measure m) {
        boolean percent = m.percent();
        return new MeasureRow("measure-" + anchor(m.measure()), m.title(),
                FigureText.value(m.value(), percent, m.suppressed()), FigureText.expected(m.expected(), percent),
                FigureText.range(m.usualLow(), m.usualHigh(), percent),
                m.suppressed() ? null : FigureText.change(m.dfeStylePercentChange()), m.statement(), guard(m.guard()),
                m.suppressed(), m.source());
    }

    private static List<DataRow> data(Briefing.Measure m, YearMonth month) {
        boolean percent = m.percent();
        List<DataRow> rows = new ArrayList<>();
        for (Briefing.Point p : orEmpty(m.series())) {
            boolean current = p.month().equals(month.toString());
            rows.add(new DataRow(BriefingMonth.words(YearMonth.parse(p.month())), current, p.excluded(),
                    FigureText.value(p.value(), percent, current && m.suppressed()),
                    FigureText.expected(p.expected(), percent), FigureText.range(p.usualLow(), p.usualHigh(), percent)));
        }
        return rows;
    }

    /** What a guard means, said plainly; the service's statement says the rest. */
    static String guard(String guard) {
        if (guard == null) {
            return null;
        }
        return switch (guard) {
            case "TOO_FEW" -> "Too few to say: the numbers are too small to tell a real change from chance.";
            case "NO_BASELINE" -> "No usual range yet: there are fewer than three earlier years to compare with.";
            default -> "Not compared with what is usual.";
        };
    }

    /** A service id made safe for an HTML id and an address (the catalogue's ids already are). */
    static String anchor(String id) {
        return id == null ? "" : id.replaceAll("[^A-Za-z0-9-]", "-");
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
