package org.opendoor.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The one reader of OpenDoor's data files (rules, code lists, routing tables, calendars): shipped on the class path
 * or an operator's file on disk, read as text, and comma-separated files parsed into rows whose errors name the file
 * and line. '#' comments and blank lines are skipped.
 */
public record DataFile(String name, List<Row> rows) {

    /** One data line, with its line number so that errors can point at it. */
    public record Row(int line, List<String> fields) {
        public String field(int i) {
            return fields.get(i);
        }
    }

    /** A comma-separated classpath resource with exactly {@code columns} fields a line. */
    public static DataFile load(String resource, int columns) {
        return parse(resource, shipped(resource), columns);
    }

    /** A classpath resource such as {@code rules/llr-2026.1.json}; fails loudly, naming it, when it is missing. */
    public static String shipped(String resource) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader() != null
                ? Thread.currentThread().getContextClassLoader() : DataFile.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Data file " + resource + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read data file " + resource, e);
        }
    }

    /** An operator's replacement file. */
    public static String onDisk(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read data file " + path + ": " + e.getMessage(), e);
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
