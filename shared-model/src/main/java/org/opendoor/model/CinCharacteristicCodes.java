package org.opendoor.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opendoor.data.DataFile;

/**
 * The DfE Children in Need census code lists for a child's characteristics, each read from its data file: sex
 * ({@value #SEX}), ethnicity ({@value #ETHNICITY}, with NOBT not obtained and REFU refused), disability
 * ({@value #DISABILITY}, NONE standing alone) and the reasons a UPN is not known ({@value #UPN_UNKNOWN}). Intake
 * keeps only the known codes a referrer gives, triage checks what a duty worker records, and the census validation
 * the return.
 */
public final class CinCharacteristicCodes {
    public static final String SEX = "cin/sex-codes.csv";
    public static final String ETHNICITY = "cin/ethnicity-codes.csv";
    public static final String DISABILITY = "cin/disability-codes.csv";
    public static final String UPN_UNKNOWN = "cin/upn-unknown-codes.csv";
    public static final String NO_DISABILITY = "NONE";
    private static final CinCharacteristicCodes SHIPPED = new CinCharacteristicCodes(read(SEX), read(ETHNICITY),
            read(DISABILITY), read(UPN_UNKNOWN));

    /** One violation of the code lists, by field (e.g. {@code disabilities}), for a problem+json answer. */
    public record Violation(String field, String message) {
    }

    private final Map<String, String> sex;
    private final Map<String, String> ethnicity;
    private final Map<String, String> disability;
    private final Map<String, String> upnUnknown;

    private CinCharacteristicCodes(Map<String, String> sex, Map<String, String> ethnicity,
            Map<String, String> disability, Map<String, String> upnUnknown) {
        this.sex = sex;
        this.ethnicity = ethnicity;
        this.disability = disability;
        this.upnUnknown = upnUnknown;
    }

    /** The shipped lists, read and checked once. */
    public static CinCharacteristicCodes shipped() {
        return SHIPPED;
    }

    public Set<String> sexCodes() {
        return sex.keySet();
    }

    public Set<String> ethnicityCodes() {
        return ethnicity.keySet();
    }

    public Set<String> disabilityCodes() {
        return disability.keySet();
    }

    public Set<String> upnUnknownCodes() {
        return upnUnknown.keySet();
    }

    /**
     * What is wrong with the characteristics given, field by field (prefixed with {@code prefix}, e.g.
     * {@code children[0].}); nothing when each is absent or a known code. Absence is never a violation: a concern is
     * not refused for a census field.
     */
    public List<Violation> check(String prefix, String sexCode, String ethnicityCode, List<String> disabilities) {
        List<Violation> violations = new ArrayList<>();
        if (sexCode != null && !sex.containsKey(sexCode)) {
            violations.add(new Violation(prefix + "sex", "must be one of " + sex.keySet()));
        }
        if (ethnicityCode != null && !ethnicity.containsKey(ethnicityCode)) {
            violations.add(new Violation(prefix + "ethnicity", "must be a DfE ethnicity code, one of "
                    + ethnicity.keySet()));
        }
        if (disabilities != null) {
            Set<String> seen = new HashSet<>();
            for (String code : disabilities) {
                if (code == null || !disability.containsKey(code)) {
                    violations.add(new Violation(prefix + "disabilities", "must hold only DfE disability codes, "
                            + "one of " + disability.keySet()));
                    return violations;
                }
                if (!seen.add(code)) {
                    violations.add(new Violation(prefix + "disabilities", "lists " + code + " twice"));
                    return violations;
                }
            }
            if (seen.contains(NO_DISABILITY) && seen.size() > 1) {
                violations.add(new Violation(prefix + "disabilities", "NONE cannot be combined with other codes"));
            }
        }
        return violations;
    }

    /** A child's characteristics, each a known code or absent. */
    public record Characteristics(String sex, String ethnicity, List<String> disabilities) {
    }

    /**
     * The characteristics given, each kept only when {@link #check} finds nothing wrong with it. A referrer's unknown
     * code is not a reason to refuse a concern: it is left unrecorded, for the duty team to record on the case (the
     * census validation asks for it).
     */
    public Characteristics recognised(String sexCode, String ethnicityCode, List<String> disabilities) {
        Set<String> wrong = new HashSet<>();
        check("", sexCode, ethnicityCode, disabilities).forEach(v -> wrong.add(v.field()));
        return new Characteristics(wrong.contains("sex") ? null : sexCode,
                wrong.contains("ethnicity") ? null : ethnicityCode,
                wrong.contains("disabilities") ? null : disabilities);
    }

    private static Map<String, String> read(String resource) {
        DataFile file = DataFile.load(resource, 2);
        Map<String, String> codes = new LinkedHashMap<>();
        for (DataFile.Row row : file.rows()) {
            if (codes.put(row.field(0), row.field(1)) != null) {
                throw file.error(row, "code " + row.field(0) + " is listed twice");
            }
        }
        return Collections.unmodifiableMap(codes);
    }
}
