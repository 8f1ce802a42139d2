package org.opendoor.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.opendoor.data.DataFile;

/**
 * The police forces of England and Wales from {@value #FILE}: the code a force's tokens carry ({@code FORCE:LEICS})
 * and its name. A malformed or repeated row stops start-up.
 */
public final class PoliceForces {
    public static final String FILE = "codes/police-forces.csv";
    private static final Pattern CODE = Pattern.compile("^[A-Z]+$");
    private static final PoliceForces SHIPPED = parse(DataFile.load(FILE, 2));

    private final Map<String, String> nameByCode;

    private PoliceForces(Map<String, String> nameByCode) {
        this.nameByCode = Map.copyOf(nameByCode);
    }

    public static PoliceForces shipped() {
        return SHIPPED;
    }

    /** The force's name, when {@code code} is a force's. */
    public Optional<String> find(String code) {
        return Optional.ofNullable(code == null ? null : nameByCode.get(code));
    }

    public int size() {
        return nameByCode.size();
    }

    static PoliceForces parse(DataFile file) {
        Map<String, String> byCode = new LinkedHashMap<>();
        for (DataFile.Row row : file.rows()) {
            if (row.field(0).equals("code")) {
                continue;
            }
            if (!CODE.matcher(row.field(0)).matches()) {
                throw file.error(row, "'" + row.field(0) + "' is not a force code (capital letters only)");
            }
            if (byCode.put(row.field(0), row.field(1)) != null) {
                throw file.error(row, row.field(0) + " is listed twice");
            }
        }
        return new PoliceForces(byCode);
    }
}
