package org.opendoor.triage.returns;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** What the census return says of the software that made it (the header's Source module). */
@ConfigMapping(prefix = "triage.returns")
public interface ReturnsConfig {
    /** SoftwareCode. */
    @WithDefault("OpenDoor")
    String softwareCode();

    /** Release: the version of OpenDoor that made the file. */
    @WithDefault("${quarkus.application.version}")
    String release();
}
