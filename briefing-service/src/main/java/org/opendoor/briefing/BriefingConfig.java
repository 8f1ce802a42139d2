package org.opendoor.briefing;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** The briefing's settings ({@code briefing.*}). */
@ConfigMapping(prefix = "briefing")
public interface BriefingConfig {
    /** The RED decision timescale the briefing measures against (triage's {@code triage.deadlines.red-within}). */
    @WithDefault("PT4H")
    Duration redWithin();

    /** An operator's measure catalogue (the partnership's own measures) in place of the shipped one. */
    Optional<Path> measuresFile();

    /** An operator's partnerships file in place of the shipped one. */
    Optional<Path> partnershipsFile();

    /**
     * Published figures (anything that leaves the partnership) hide counts from 1 to one below this, and
     * percentages whose numerator or denominator is that small.
     */
    @WithDefault("10")
    int suppressBelow();
}
