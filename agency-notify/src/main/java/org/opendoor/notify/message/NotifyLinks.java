package org.opendoor.notify.message;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.UUID;

/** Where the links in messages point: each service's public base URL. */
@ConfigMapping(prefix = "notify.links")
public interface NotifyLinks {
    @WithDefault("http://localhost:8081")
    String intakeBase();

    @WithDefault("http://localhost:8083")
    String notifyBase();

    /** The web front end's public address: duty staff open cases there, signed in. */
    @WithDefault("http://localhost:8080")
    String webBase();

    /** What a referrer may see: status and outcome of their own referral. */
    default String referral(UUID referralId) {
        return intakeBase() + "/api/v1/referrals/" + referralId;
    }

    /** The case page of a referral, for the duty staff of its authority (they sign in on the way). */
    default String caseOf(UUID referralId) {
        return webBase() + "/staff/cases/by-referral/" + referralId;
    }

    default String notificationsOf(UUID referralId) {
        return notifyBase() + "/api/v1/notifications?referralId=" + referralId;
    }
}
