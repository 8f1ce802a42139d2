package org.opendoor.notify.directory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads and validates the directory's data files. Any fault stops start-up with the file, line and reason:
 * a recipient that cannot be reached must be found by an operator, not by a missed notice.
 */
public final class DirectoryFiles {
    static final String AUTHORITIES = "directory/authorities.csv";
    private static final String HEADER = "key,name,local_authority,channel,address";

    private final Function<String, InputStream> resources;

    public DirectoryFiles(Function<String, InputStream> resources) {
        this.resources = resources;
    }

    public static DirectoryFiles onClasspath() {
        return new DirectoryFiles(name -> Thread.currentThread().getContextClassLoader().getResourceAsStream(name));
    }

    /** Authority ONS code → name. */
    public Map<String, String> authorities() {
        Map<String, String> authorities = new LinkedHashMap<>();
        List<String> lines = lines(AUTHORITIES);
        for (int i = 1; i < lines.size(); i++) {
            String[] cols = lines.get(i).split(",", -1);
            if (cols.length != 2 || !cols[0].matches("E\\d{8}") || cols[1].isBlank()) {
                throw fault(AUTHORITIES, i + 1, "expected local_authority,name with an ONS code like E10000018");
            }
            authorities.put(cols[0], cols[1]);
        }
        return authorities;
    }

    /** Every entry of every file, validated: keys unique, every authority covered for per-authority kinds. */
    public List<Recipient> entries() {
        Set<String> authorities = authorities().keySet();
        List<Recipient> all = new ArrayList<>();
        for (RecipientKind kind : RecipientKind.values()) {
            List<String> lines = lines(kind.file());
            if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
                throw fault(kind.file(), 1, "the header must be " + HEADER);
            }
            Set<String> keys = new HashSet<>();
            for (int i = 1; i < lines.size(); i++) {
                String[] cols = lines.get(i).split(",", -1);
                if (cols.length != 5) {
                    throw fault(kind.file(), i + 1, "expected 5 columns: " + HEADER);
                }
                Channel channel;
                try {
                    channel = Channel.valueOf(cols[3].trim());
                } catch (IllegalArgumentException e) {
                    throw fault(kind.file(), i + 1, "unknown channel " + cols[3]);
                }
                if (channel == Channel.WEBHOOK) {
                    throw fault(kind.file(), i + 1,
                            "a webhook carries a shared secret, so it is set through the admin API, not a data file");
                }
                Recipient r = new Recipient(kind, cols[0].trim(), cols[1].trim(), cols[2].trim(), channel,
                        cols[4].trim(), null);
                List<String[]> problems = RecipientRules.violations(r, authorities);
                if (!problems.isEmpty()) {
                    throw fault(kind.file(), i + 1, problems.get(0)[0] + ": " + problems.get(0)[1]);
                }
                if (!keys.add(r.key())) {
                    throw fault(kind.file(), i + 1, "duplicate key " + r.key());
                }
                all.add(r);
            }
            if (kind.perAuthority() && !keys.containsAll(authorities)) {
                Set<String> missing = new HashSet<>(authorities);
                missing.removeAll(keys);
                throw new IllegalStateException(kind.file() + ": no entry for authorities " + missing);
            }
        }
        return all;
    }

    private List<String> lines(String file) {
        try (InputStream in = resources.apply(file)) {
            if (in == null) {
                throw new IllegalStateException("Missing directory file " + file);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static IllegalStateException fault(String file, int line, String reason) {
        return new IllegalStateException(file + " line " + line + ": " + reason);
    }
}
