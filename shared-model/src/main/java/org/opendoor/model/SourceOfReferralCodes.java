package org.opendoor.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.opendoor.data.DataFile;

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
        return parse(FILE, DataFile.shipped(FILE));
    }

    /** Lines of {@code code,description} (the description may hold commas). */
    public static SourceOfReferralCodes parse(String name, String content) {
        DataFile file = DataFile.parse(name, content, 2);
        Map<String, String> descriptions = new LinkedHashMap<>();
        for (DataFile.Row row : file.rows()) {
            if (!CODE.matcher(row.field(0)).matches()) {
                throw file.error(row, "'" + row.field(0) + "' is not shaped like a CIN source-of-referral code");
            }
            if (descriptions.put(row.field(0), row.field(1)) != null) {
                throw file.error(row, "code " + row.field(0) + " is listed twice");
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
