package org.opendoor.intake.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A comma-separated data file shipped on the classpath: '#' comments and blank lines are skipped. */
public record DataFile(String name, List<Row> rows) {

    /** One data line, with its line number so that errors can point at it. */
    public record Row(int line, List<String> fields) {
        public String field(int i) {
            return fields.get(i);
        }
    }

    public static DataFile load(String resource, int columns) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Data file " + resource + " is missing from the classpath");
            }
            return parse(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8), columns);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read data file " + resource, e);
        }
    }

    /** The last column may contain commas (descriptions); the others may not. */
    public static DataFile parse(String name, String text, int columns) {
        List<Row> rows = new ArrayList<>();
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split(",", columns);
            if (fields.length != columns) {
                throw new IllegalStateException(name + " line " + (i + 1) + ": expected " + columns
                        + " comma-separated fields, found " + fields.length + ": " + line);
            }
            List<String> values = new ArrayList<>();
            for (String f : fields) {
                String v = f.strip();
                if (v.isEmpty()) {
                    throw new IllegalStateException(name + " line " + (i + 1) + ": empty field in: " + line);
                }
                values.add(v);
            }
            rows.add(new Row(i + 1, List.copyOf(values)));
        }
        if (rows.isEmpty()) {
            throw new IllegalStateException("Data file " + name + " has no entries");
        }
        return new DataFile(name, List.copyOf(rows));
    }

    public IllegalStateException error(Row row, String message) {
        return new IllegalStateException(name + " line " + row.line() + ": " + message);
    }
}
