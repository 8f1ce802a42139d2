package org.opendoor.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.opendoor.data.DataFile;

/**
 * Every English local authority with children's services, from {@value #FILE}: its ONS code, name, DfE LA number
 * and, where a public source gives them, its children's services front-door phone numbers and page. Used to hand a
 * case to another authority's front door and to tell a person which council to call. The file says where each row
 * came from; a malformed row stops start-up.
 */
public final class EnglishAuthorities {
    public static final String FILE = "codes/english-childrens-services.csv";
    private static final Pattern ONS_CODE = Pattern.compile("^E(06|08|09|10)\\d{6}$");
    private static final Pattern LA_NUMBER = Pattern.compile("^\\d{3}$");
    private static final Pattern PHONE = Pattern.compile("^[0-9 ]*$");
    private static final String HEADER = "ons_code";
    private static final EnglishAuthorities SHIPPED = load();

    public record Authority(String onsCode, String name, String laNumber, String region, String frontDoorPhone,
            String outOfHoursPhone, String website) {
    }

    private final Map<String, Authority> byCode;

    private EnglishAuthorities(Map<String, Authority> byCode) {
        this.byCode = Collections.unmodifiableMap(byCode);
    }

    /** The shipped list, read and checked once. */
    public static EnglishAuthorities shipped() {
        return SHIPPED;
    }

    public Optional<Authority> find(String onsCode) {
        return Optional.ofNullable(onsCode == null ? null : byCode.get(onsCode));
    }

    public Collection<Authority> all() {
        return byCode.values();
    }

    private static EnglishAuthorities load() {
        return parse(DataFile.shipped(FILE));
    }

    static EnglishAuthorities parse(String content) {
        Map<String, Authority> byCode = new LinkedHashMap<>();
        String[] lines = content.split("\\R");
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = fields(line);
            if (f[0].equals(HEADER)) {
                continue;
            }
            if (f.length != 8) {
                throw invalid(n, "expected 8 fields, found " + f.length);
            }
            if (!ONS_CODE.matcher(f[0]).matches()) {
                throw invalid(n, "'" + f[0] + "' is not the ONS code of an English upper-tier authority");
            }
            if (f[1].isBlank() || !LA_NUMBER.matcher(f[2]).matches()) {
                throw invalid(n, "a name and a three-digit DfE LA number are required");
            }
            if (!PHONE.matcher(f[4]).matches() || !PHONE.matcher(f[5]).matches()) {
                throw invalid(n, "phone numbers may contain only digits and spaces");
            }
            if (byCode.put(f[0], new Authority(f[0], f[1], f[2], f[3], blankToNull(f[4]), blankToNull(f[5]),
                    blankToNull(f[6]))) != null) {
                throw invalid(n, f[0] + " is listed twice");
            }
        }
        return new EnglishAuthorities(byCode);
    }

    /** One CSV line (RFC 4180: a field in double quotes may hold commas, and "" stands for a quote). */
    static String[] fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields.toArray(String[]::new);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static IllegalStateException invalid(int line, String message) {
        return new IllegalStateException(FILE + " line " + (line + 1) + ": " + message);
    }
}
