package org.opendoor.intake.sourcecode;

import org.opendoor.intake.data.DataFile;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The DfE Children in Need census source-of-referral codes (N00152), read from
 * {@value #FILE}. The census defines exactly {@value #EXPECTED_COUNT} of them; a file with another number
 * of codes is refused at start-up.
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
        return from(DataFile.load(FILE, 2));
    }

    static SourceOfReferralCodes from(DataFile file) {
        Map<String, String> descriptions = new LinkedHashMap<>();
        for (DataFile.Row row : file.rows()) {
            String code = row.field(0);
            if (!CODE.matcher(code).matches()) {
                throw file.error(row, "'" + code + "' is not shaped like a CIN source-of-referral code");
            }
            if (descriptions.put(code, row.field(1)) != null) {
                throw file.error(row, "code " + code + " is listed twice");
            }
        }
        if (descriptions.size() != EXPECTED_COUNT) {
            throw new IllegalStateException(file.name() + ": expected " + EXPECTED_COUNT + " codes, found "
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
