package org.opendoor.notify.directory;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** The directory's settings: what a webhook may point at, and the key its secrets are kept under. */
@ConfigMapping(prefix = "opendoor.directory")
public interface DirectoryConfig {
    /**
     * Whether a webhook may be plain http and point at a private, loopback or link-local address. Only the embedded
     * stack and the tests turn this on, for their receivers on 127.0.0.1; everywhere else a webhook is https to a
     * public address.
     */
    @WithDefault("false")
    boolean allowPrivateWebhooks();

    /**
     * The AES key (base64, 16, 24 or 32 bytes) webhook secrets are encrypted with at rest (AES-GCM). Required in
     * production: the service does not start without it. The dev and test profiles have a development key.
     */
    Optional<String> secretKey();
}
