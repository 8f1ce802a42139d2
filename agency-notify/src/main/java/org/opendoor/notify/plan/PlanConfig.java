package org.opendoor.notify.plan;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Set;
import org.opendoor.model.ReferralSource;

/** What the planner decides beyond the directory: who is acknowledged, and how soon a transfer is handed over. */
@ConfigMapping(prefix = "notify.plan")
public interface PlanConfig {
    /** Which referrers are acknowledged and told the outcome: professionals, not members of the public. */
    @WithDefault("SCHOOL,POLICE,PROFESSIONAL")
    Set<ReferralSource> referrerSources();

    /** A RED case transferred to another authority is handed over within this time; others within a working day. */
    @WithDefault("PT1H")
    Duration transferRedWithin();
}
