package org.opendoor.intake.sourcecode;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import org.opendoor.model.ReferralSource;
import org.opendoor.web.Problem;

/**
 * Decides the CIN source-of-referral code of a referral: the code it gives, checked against the census list,
 * or the default for its channel from the data files. Both files are read and checked at start-up.
 */
@Startup
@ApplicationScoped
public class SourceCodes {
    private final SourceOfReferralCodes known;
    private final SourceCodeDefaults defaults;

    public SourceCodes() {
        this.known = SourceOfReferralCodes.load();
        this.defaults = SourceCodeDefaults.load(known);
    }

    /**
     * @param explicitCode the code the referral gives, or null
     * @param key          what the channel's default depends on (relationship to the child, organisation type), or null
     * @param keyField     the request field the key came from, to name it in a violation
     * @throws Problem.Exception 400 naming the field when the code is unknown or cannot be defaulted
     */
    public String resolve(ReferralSource channel, String explicitCode, String key, String keyField) {
        if (explicitCode != null) {
            if (!known.isKnown(explicitCode)) {
                throw invalid("sourceCode", "must be one of the CIN source-of-referral codes " + known.codes());
            }
            return explicitCode;
        }
        var channelDefault = defaults.forChannel(channel);
        if (channelDefault.isPresent()) {
            return channelDefault.get();
        }
        if (key == null) {
            throw invalid(keyField, "is required to work out the CIN source-of-referral code (or give sourceCode); one of "
                    + defaults.keysOf(channel));
        }
        return defaults.forKey(channel, normalise(key)).orElseThrow(
                () -> invalid(keyField, "must be one of " + defaults.keysOf(channel)));
    }

    public boolean isKnownKey(ReferralSource channel, String key) {
        return key != null && defaults.forKey(channel, normalise(key)).isPresent();
    }

    public String description(String code) {
        return known.description(code);
    }

    static String normalise(String key) {
        return key.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
    }

    private static Problem.Exception invalid(String field, String message) {
        return new Problem.Exception(Problem.invalid("The CIN source-of-referral code could not be decided.",
                List.of(new Problem.Violation(field, message))));
    }
}
