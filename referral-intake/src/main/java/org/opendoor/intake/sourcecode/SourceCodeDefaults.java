package org.opendoor.intake.sourcecode;

import org.opendoor.data.DataFile;
import org.opendoor.model.SourceOfReferralCodes;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.opendoor.model.ReferralSource;

/**
 * Which CIN source-of-referral code a referral gets when it does not give one, read from {@value #FILE}: by
 * channel alone ({@code *}), or by channel and a key (the reporter's relationship to the child, or the
 * referring professional's organisation type).
 */
public final class SourceCodeDefaults {
    public static final String FILE = "cin/source-code-defaults.csv";
    public static final String WHOLE_CHANNEL = "*";
    public static final String ANONYMOUS = "ANONYMOUS";

    private final Map<ReferralSource, Map<String, String>> codes;

    private SourceCodeDefaults(Map<ReferralSource, Map<String, String>> codes) {
        this.codes = codes;
    }

    public static SourceCodeDefaults load(SourceOfReferralCodes known) {
        return from(DataFile.load(FILE, 3), known);
    }

    static SourceCodeDefaults from(DataFile file, SourceOfReferralCodes known) {
        Map<ReferralSource, Map<String, String>> codes = new HashMap<>();
        for (DataFile.Row row : file.rows()) {
            ReferralSource channel;
            try {
                channel = ReferralSource.valueOf(row.field(0));
            } catch (IllegalArgumentException e) {
                throw file.error(row, "unknown channel '" + row.field(0) + "'");
            }
            String key = row.field(1);
            if (!key.equals(WHOLE_CHANNEL) && !key.matches("^[A-Z][A-Z_]*$")) {
                throw file.error(row, "key '" + key + "' must be * or UPPER_SNAKE_CASE");
            }
            String code = row.field(2);
            if (!known.isKnown(code)) {
                throw file.error(row, "'" + code + "' is not one of the codes in " + SourceOfReferralCodes.FILE);
            }
            if (codes.computeIfAbsent(channel, c -> new HashMap<>()).put(key, code) != null) {
                throw file.error(row, channel + "," + key + " is listed twice");
            }
        }
        codes.forEach((channel, keys) -> {
            if (keys.containsKey(WHOLE_CHANNEL) && keys.size() > 1) {
                throw new IllegalStateException(file.name() + ": channel " + channel
                        + " has a * default and keyed defaults; one or the other");
            }
        });
        return new SourceCodeDefaults(codes);
    }

    /** The code for the whole channel, when the channel alone decides it. */
    public Optional<String> forChannel(ReferralSource channel) {
        return Optional.ofNullable(codes.getOrDefault(channel, Map.of()).get(WHOLE_CHANNEL));
    }

    public Optional<String> forKey(ReferralSource channel, String key) {
        return key == null ? Optional.empty() : Optional.ofNullable(codes.getOrDefault(channel, Map.of()).get(key));
    }

    /** Every key of every channel. */
    public Set<String> allKeys() {
        Set<String> keys = new TreeSet<>();
        codes.values().forEach(k -> keys.addAll(k.keySet()));
        keys.remove(WHOLE_CHANNEL);
        return Collections.unmodifiableSet(keys);
    }
}
