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
import java.util.regex.Pattern;

/**
 * Reads and validates the directory's data files. Any fault stops start-up with the file, line and reason:
 * a recipient that cannot be reached must be found by an operator, not by a missed notice.
 */
public final class DirectoryFiles {
    static final String AUTHORITIES = "directory/authorities.csv";
    static final String PARTNERSHIPS = "directory/partnerships.csv";
    private static final String PARTNERSHIPS_HEADER = "key,name,hub_team,authorities";
    private static final Pattern PARTNERSHIP_KEY = Pattern.compile("[A-Z]{2,12}");
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

    /**
     * The partnerships, each with its hub team (as triage names it) and its authorities (space-separated ONS
     * codes): every authority in exactly one.
     */
    public Partnerships partnerships() {
        Set<String> authorities = authorities().keySet();
        List<String> lines = lines(PARTNERSHIPS);
        if (lines.isEmpty() || !lines.get(0).equals(PARTNERSHIPS_HEADER)) {
            throw fault(PARTNERSHIPS, 1, "the header must be " + PARTNERSHIPS_HEADER);
        }
        List<Partnership> all = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        for (int i = 1; i < lines.size(); i++) {
            String[] cols = lines.get(i).split(",", -1);
            if (cols.length != 4) {
                throw fault(PARTNERSHIPS, i + 1, "expected 4 columns: " + PARTNERSHIPS_HEADER);
            }
            String key = cols[0].trim();
            if (!PARTNERSHIP_KEY.matcher(key).matches() || key.equals(RecipientRules.PARTNERSHIP)) {
                throw fault(PARTNERSHIPS, i + 1, "a partnership key is 2 to 12 capital letters, not "
                        + RecipientRules.PARTNERSHIP);
            }
            if (cols[1].isBlank() || cols[2].isBlank()) {
                throw fault(PARTNERSHIPS, i + 1, "a name and a hub team are required");
            }
            Set<String> members = new HashSet<>(List.of(cols[3].trim().split("\\s+")));
            for (String member : members) {
                if (!authorities.contains(member)) {
                    throw fault(PARTNERSHIPS, i + 1, "unknown local authority: " + member);
                }
                if (!placed.add(member)) {
                    throw fault(PARTNERSHIPS, i + 1, member + " is in two partnerships");
                }
            }
            if (all.stream().anyMatch(p -> p.key().equals(key) || p.hubTeam().equals(cols[2].trim()))) {
                throw fault(PARTNERSHIPS, i + 1, "duplicate key or hub team");
            }
            all.add(new Partnership(key, cols[1].trim(), cols[2].trim(), members));
        }
        if (!placed.containsAll(authorities)) {
            Set<String> missing = new HashSet<>(authorities);
            missing.removeAll(placed);
            throw new IllegalStateException(PARTNERSHIPS + ": authorities in no partnership " + missing);
        }
        return new Partnerships(all);
    }

    /**
     * Every entry of every file, validated: keys unique, every authority covered for per-authority kinds, and every
     * hub (and the stand-in for both) for per-hub kinds.
     */
    public List<Recipient> entries() {
        Set<String> authorities = authorities().keySet();
        Set<String> hubs = new HashSet<>();
        partnerships().all().forEach(p -> hubs.add(p.key()));
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
                List<String[]> problems = RecipientRules.violations(r, authorities, hubs);
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
            if (kind.perHub() && !(keys.containsAll(hubs) && keys.contains(RecipientRules.PARTNERSHIP))) {
                Set<String> missing = new HashSet<>(hubs);
                missing.add(RecipientRules.PARTNERSHIP);
                missing.removeAll(keys);
                throw new IllegalStateException(kind.file() + ": no entry for partnership hubs " + missing);
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
