package org.opendoor.intake.sourcecode;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.opendoor.data.DataFile;
import org.opendoor.model.ReferralSource;
import org.opendoor.model.SourceOfReferralCodes;

/**
 * Decides the CIN source-of-referral code of a referral: the code it gives, when it is one of the census codes;
 * else the default for its channel, or for the channel and a key (the caller's relationship to the child, the
 * professional's organisation type, else their organisation) read through a file of synonyms. When none of these
 * decides it, the referral is stored with code 10 (unknown) for review: a census code never blocks a concern.
 * All four files are read and checked at start-up.
 */
@Startup
@ApplicationScoped
public class SourceCodes {
    static final String SYNONYMS = "cin/source-code-synonyms.csv";
    static final String ORGANISATION_TYPES = "cin/organisation-types.csv";
    private static final String PREFIX = "*";

    private final SourceOfReferralCodes known;
    private final SourceCodeDefaults defaults;
    private final Map<String, String> synonyms = new HashMap<>();
    private final Map<String, String> organisations = new HashMap<>();

    public SourceCodes() {
        this.known = SourceOfReferralCodes.load();
        this.defaults = SourceCodeDefaults.load(known);
        KeyedFile.read(DataFile.load(SYNONYMS, 2), defaults.allKeys(), synonyms, true);
        KeyedFile.read(DataFile.load(ORGANISATION_TYPES, 2), defaults.allKeys(), organisations, false);
    }

    /**
     * @param explicitCode the code the referral gives, or null
     * @param key          what the channel's default depends on (relationship to the child, organisation type), or null
     * @param organisation the submitting organisation (org claim), tried when the key decides nothing; or null
     */
    public SourceCode resolve(ReferralSource channel, String explicitCode, String key, String organisation) {
        if (explicitCode != null) {
            String code = explicitCode.strip().toUpperCase(Locale.ROOT);
            // a code that is not one of the census's is kept for review rather than refused
            return known.isKnown(code) ? SourceCode.decided(code) : SourceCode.forReview();
        }
        return defaults.forChannel(channel)
                .or(() -> byKey(channel, key))
                .or(() -> byKey(channel, organisationType(organisation)))
                .map(SourceCode::decided)
                .orElseGet(SourceCode::forReview);
    }

    public String description(String code) {
        return known.description(code);
    }

    public boolean isKnown(String code) {
        return known.isKnown(code);
    }

    private Optional<String> byKey(ReferralSource channel, String key) {
        if (key == null || key.isBlank()) {
            return Optional.empty();
        }
        String normalised = KeyedFile.normalise(key);
        return defaults.forKey(channel, normalised).or(() -> defaults.forKey(channel, synonyms.get(normalised)));
    }

    private String organisationType(String organisation) {
        if (organisation == null) {
            return null;
        }
        String exact = organisations.get(organisation);
        if (exact != null) {
            return exact;
        }
        return organisations.entrySet().stream()
                .filter(e -> e.getKey().endsWith(PREFIX)
                        && organisation.startsWith(e.getKey().substring(0, e.getKey().length() - 1)))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }
}
