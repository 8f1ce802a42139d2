package org.opendoor.triage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the data files triage runs on: shipped on the classpath, or replaced by an operator's file on disk. */
public final class DataFile {
    private DataFile() {
    }

    /** A classpath resource such as {@code rules/llr-2026.1.json}; fails loudly, naming it, when it is missing. */
    public static String shipped(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Data file " + resource + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read data file " + resource, e);
        }
    }

    public static String onDisk(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read data file " + path + ": " + e.getMessage(), e);
        }
    }
}
