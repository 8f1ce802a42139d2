package org.opendoor.intake.sourcecode;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.opendoor.data.DataFile;

/** Reading of the two-column files that lead to a key of {@link SourceCodeDefaults}: checked against its keys. */
final class KeyedFile {
    private KeyedFile() {
    }

    /** "Head teacher", "head-teacher" and "HEAD_TEACHER" are one key. */
    static String normalise(String key) {
        return key.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
    }

    /** Rows of (first column → key), each key one the defaults know. */
    static void read(DataFile file, Set<String> knownKeys, Map<String, String> into, boolean normaliseFirst) {
        for (DataFile.Row row : file.rows()) {
            String key = row.field(1);
            if (!knownKeys.contains(key)) {
                throw file.error(row, "'" + key + "' is not a key of " + SourceCodeDefaults.FILE);
            }
            String from = normaliseFirst ? normalise(row.field(0)) : row.field(0);
            if (into.put(from, key) != null) {
                throw file.error(row, "'" + row.field(0) + "' is listed twice");
            }
        }
    }
}
