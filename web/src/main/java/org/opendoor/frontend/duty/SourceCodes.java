package org.opendoor.frontend.duty;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.opendoor.frontend.form.Option;

/**
 * The 22 CIN census source-of-referral codes (N00152) the correction form offers, from shared-model's code list
 * (copied in at build time, so there is one list). Triage checks the code again.
 */
@ApplicationScoped
public class SourceCodes {
    private static final String FILE = "cin/source-of-referral-codes.csv";
    private final List<Option> options;

    public SourceCodes() {
        this.options = load();
    }

    public List<Option> options() {
        return options;
    }

    private static List<Option> load() {
        try (InputStream in = SourceCodes.class.getClassLoader().getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " missing from the web module (copied from shared-model)");
            }
            List<Option> codes = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String row = line.strip();
                if (row.isEmpty() || row.startsWith("#")) {
                    continue;
                }
                int comma = row.indexOf(',');
                codes.add(Option.of(row.substring(0, comma), row.substring(0, comma) + " – " + row.substring(comma + 1)));
            }
            if (codes.size() != 22) {
                throw new IllegalStateException(FILE + ": expected the census's 22 codes, found " + codes.size());
            }
            return List.copyOf(codes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
