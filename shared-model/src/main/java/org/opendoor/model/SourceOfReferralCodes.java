package org.opendoor.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The DfE Children in Need census source-of-referral codes (N00152), read from {@value #FILE}: intake stores one
 * with every referral and duty staff correct it on the case. The census defines exactly {@value #EXPECTED_COUNT};
 * a file with another number of codes is refused at start-up.
 */
public final class SourceOfReferralCodes {
    public static final String FILE = "cin/source-of-referral-codes.csv";
    static final int EXPECTED_COUNT = 22;
    private static final Pattern CODE = Pattern.compile("^(?:[1-9]|10)[A-F]?$");

    private final Map<String, String> descriptions;

    private SourceOfReferralCodes(Map<String, String> descriptions) {
        this.descriptions = Collections.unmodifiableMap(descriptions);
    }

    public static SourceOfReferralCodes load() {
        try (InputStream in = SourceOfReferralCodes.class.getClassLoader().getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is missing from the class path");
            }
            return parse(FILE, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(FILE + " cannot be read", e);
        }
    }

    /** Lines of {@code code,description} (the description may hold commas); '#' comments and blank lines skipped. */
    public static SourceOfReferralCodes parse(String name, String content) {
        Map<String, String> descriptions = new LinkedHashMap<>();
        String[] lines = content.split("\\R");
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split(",", 2);
            String code = fields[0].strip();
            if (!CODE.matcher(code).matches() || fields.length < 2 || fields[1].isBlank()) {
                throw new IllegalStateException(name + " line " + (n + 1) + ": '" + code
                        + "' is not shaped like a CIN source-of-referral code with a description");
            }
            if (descriptions.put(code, fields[1].strip()) != null) {
                throw new IllegalStateException(name + " line " + (n + 1) + ": code " + code + " is listed twice");
            }
        }
        if (descriptions.size() != EXPECTED_COUNT) {
            throw new IllegalStateException(name + ": expected " + EXPECTED_COUNT + " codes, found "
                    + descriptions.size());
        }
        return new SourceOfReferralCodes(descriptions);
    }

    public boolean isKnown(String code) {
        return code != null && descriptions.containsKey(code);
    }

    public String description(String code) {
        return descriptions.get(code);
    }

    public Set<String> codes() {
        return descriptions.keySet();
    }
}
