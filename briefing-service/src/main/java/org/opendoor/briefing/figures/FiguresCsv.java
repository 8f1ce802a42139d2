package org.opendoor.briefing.figures;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.opendoor.web.Problem;

/**
 * Reads a CSV of figures ({@code month,area,measure,value[,source]}, a header first) with Jackson's CSV reader.
 * Rows are numbered as a spreadsheet shows them: the header is row 1.
 */
public final class FiguresCsv {
    public static final List<String> REQUIRED = List.of("month", "area", "measure", "value");
    public static final String SOURCE = "source";
    private static final CsvMapper MAPPER = CsvMapper.builder().enable(CsvParser.Feature.TRIM_SPACES).build();

    private FiguresCsv() {
    }

    public static List<RawFigure> read(String csv) {
        List<RawFigure> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> lines = MAPPER.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
            checkHeader(lines);
            // rows numbered as a spreadsheet shows them, blank ones too (the reader's own location runs a line ahead)
            for (int number = 2; lines.hasNextValue(); number++) {
                Map<String, String> line = lines.nextValue();
                if (line.values().stream().allMatch(v -> v == null || v.isBlank())) {
                    continue;
                }
                rows.add(new RawFigure("row " + number, line.get("month"), line.get("area"), line.get("measure"),
                        line.get("value"), blankToNull(line.get(SOURCE))));
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof Problem.Exception p) {
                throw p;
            }
            throw invalid("The CSV could not be read: " + firstLine(e.getMessage()));
        }
        return rows;
    }

    private static void checkHeader(MappingIterator<Map<String, String>> lines) throws IOException {
        if (!lines.hasNextValue()) {
            throw invalid("The CSV has no figures: it needs the header " + String.join(",", REQUIRED)
                    + "[," + SOURCE + "] and one line per figure");
        }
        CsvSchema schema = (CsvSchema) lines.getParserSchema();
        List<String> columns = new ArrayList<>();
        schema.forEach(c -> columns.add(c.getName()));
        List<String> missing = REQUIRED.stream().filter(c -> !columns.contains(c)).toList();
        List<String> unknown = columns.stream().filter(c -> !REQUIRED.contains(c) && !SOURCE.equals(c)).toList();
        if (!missing.isEmpty() || !unknown.isEmpty()) {
            throw invalid("The CSV header must be " + String.join(",", REQUIRED) + "[," + SOURCE + "]"
                    + (missing.isEmpty() ? "" : "; missing " + missing) + (unknown.isEmpty() ? "" : "; unknown " + unknown));
        }
    }

    private static Problem.Exception invalid(String detail) {
        return new Problem.Exception(Problem.invalid(detail, List.of(new Problem.Violation("csv", detail))));
    }

    private static String firstLine(String message) {
        return message == null ? "unreadable" : message.lines().findFirst().orElse(message);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
