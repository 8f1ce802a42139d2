package org.opendoor.audit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the audit trail is sealed into its hash chain: {@code opendoor.audit.*}. */
@ConfigMapping(prefix = "opendoor.audit")
public interface AuditConfig {
    /** How long the sealer rests once it has sealed everything committed; a record's seal comes about this late. */
    @WithDefault("PT0.5S")
    Duration sealInterval();

    /** Records sealed per transaction; a fuller queue is sealed batch after batch without resting. */
    @WithDefault("500")
    int sealBatchSize();
}
