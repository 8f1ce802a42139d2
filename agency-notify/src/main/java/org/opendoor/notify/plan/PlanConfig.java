package org.opendoor.notify.plan;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Set;
import org.opendoor.model.ReferralSource;

/** Which referrers are acknowledged and told the outcome: professionals, not members of the public. */
@ConfigMapping(prefix = "notify.plan")
public interface PlanConfig {
    @WithDefault("SCHOOL,POLICE,PROFESSIONAL")
    Set<ReferralSource> referrerSources();
}
