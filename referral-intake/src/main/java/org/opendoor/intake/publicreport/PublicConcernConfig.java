package org.opendoor.intake.publicreport;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Limits of the open public form. */
@ConfigMapping(prefix = "intake.public-concerns")
public interface PublicConcernConfig {
    RateLimit rateLimit();

    interface RateLimit {
        /** Reports one client address may send per window. */
        @WithDefault("10")
        int requests();

        /** Length of the window. */
        @WithDefault("PT10M")
        Duration per();

        /** Client addresses tracked at most; beyond it, expired windows are swept. */
        @WithDefault("100000")
        int trackedAddresses();
    }
}
