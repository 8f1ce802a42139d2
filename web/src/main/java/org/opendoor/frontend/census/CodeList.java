package org.opendoor.frontend.census;

import io.quarkus.qute.TemplateData;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.opendoor.frontend.form.Option;

/**
 * A DfE census code list as the services ship it (copied into this module at build time, so there is one list):
 * {@code code,description} rows, {@code #} comments; the description may hold commas. Each option's value is the
 * code, its text "code – description".
 */
@TemplateData
public record CodeList(String file, List<Option> options) {
    public CodeList {
        options = List.copyOf(options);
    }

    /** Reads a list, which must have at least one code (a missing or empty file stops start-up). */
    public static CodeList csv(String file) {
        List<Option> codes = new ArrayList<>();
        for (String line : resource(file).split("\n")) {
            String row = line.strip();
            if (row.isEmpty() || row.startsWith("#")) {
                continue;
            }
            int comma = row.indexOf(',');
            if (comma < 1) {
                throw new IllegalStateException(file + ": a row without a code and a description: " + row);
            }
            codes.add(Option.of(row.substring(0, comma), row.substring(0, comma) + " – " + row.substring(comma + 1)));
        }
        return of(file, codes);
    }

    static CodeList of(String file, List<Option> codes) {
        if (codes.isEmpty()) {
            throw new IllegalStateException(file + " holds no codes");
        }
        return new CodeList(file, codes);
    }

    public boolean has(String code) {
        return find(code).isPresent();
    }

    /** "N1 – Abuse or neglect…" for a known code; the code itself for one the list does not know. */
    public String text(String code) {
        return find(code).map(Option::text).orElse(code);
    }

    public List<String> codes() {
        return options.stream().map(Option::value).toList();
    }

    private Optional<Option> find(String code) {
        return options.stream().filter(o -> o.value().equals(code)).findFirst();
    }

    static String resource(String file) {
        try (InputStream in = CodeList.class.getClassLoader().getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException(file + " missing from the web module (copied from the services)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
