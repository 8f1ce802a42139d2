package org.opendoor.briefing.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** The briefing and a measure's series as CSV (Jackson's CSV writer: quoting and escaping done right). */
public final class BriefingCsv {
    private static final CsvMapper MAPPER = new CsvMapper();
    private static final CsvSchema BRIEFING = schema("area", "month", "section", "measure", "title", "unit", "value",
            "count", "denominator", "expected", "usual_low", "usual_high", "dfe_style_percent_change", "direction",
            "trend", "statement");
    private static final CsvSchema SERIES = schema("month", "value", "expected", "usual_low", "usual_high",
            "excluded");

    private BriefingCsv() {
    }

    public static String of(BriefingView b) {
        List<List<Object>> rows = new ArrayList<>();
        for (BriefingView.SectionView s : b.sections()) {
            for (MeasureView m : s.measures()) {
                rows.add(row(b.area().code(), b.month(), s.id(), m.measure(), m.title(), m.unit(), m.value(),
                        m.count(), m.denominator(), m.expected(), m.usualLow(), m.usualHigh(),
                        m.dfeStylePercentChange(), m.direction(), m.trend(), m.statement()));
            }
        }
        return write(BRIEFING, rows);
    }

    public static String of(MeasureView m) {
        List<List<Object>> rows = new ArrayList<>();
        for (MeasureView.Point p : m.series()) {
            rows.add(row(p.month(), p.value(), p.expected(), p.usualLow(), p.usualHigh(), p.excluded()));
        }
        return write(SERIES, rows);
    }

    private static List<Object> row(Object... values) {
        List<Object> row = new ArrayList<>();
        for (Object v : values) {
            row.add(v == null ? "" : v instanceof YearMonth ym ? ym.toString() : v.toString());
        }
        return row;
    }

    private static String write(CsvSchema schema, List<List<Object>> rows) {
        try {
            return MAPPER.writer(schema).writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Writing CSV failed", e);
        }
    }

    private static CsvSchema schema(String... columns) {
        CsvSchema.Builder b = CsvSchema.builder();
        for (String c : columns) {
            b.addColumn(c);
        }
        return b.setUseHeader(true).build();
    }
}
