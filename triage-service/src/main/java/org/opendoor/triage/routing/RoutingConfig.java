package org.opendoor.triage.routing;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.util.Optional;

/** Where referrals are routed: the shipped tables, and an operator's finer postcode directory. */
@ConfigMapping(prefix = "triage.routing")
public interface RoutingConfig {
    /** Partnerships, authorities and their duty teams (classpath data file). */
    @WithDefault("routing/duty-teams.json")
    String dutyTeams();

    /** Postcode districts wholly or mainly in one authority (classpath data file). */
    @WithDefault("routing/postcode-districts.json")
    String postcodeDistricts();

    /**
     * An ONS postcode directory extract (CSV with a header: pcds/pcd and oscty/oslaua, or postcode and
     * local_authority). When set, its postcodes take precedence over the district table.
     */
    Optional<Path> postcodeDirectory();

    /** Referring organisations (org claim) and the front door each belongs to (classpath data file). */
    @WithDefault("routing/referring-organisations.csv")
    String referringOrganisations();

    /**
     * The partnership whose hub owns a referral that nothing places: no usable postcode, no council chosen, no
     * known referrer. It is decided there, with a deadline, like any other.
     */
    @WithDefault("LLR")
    String fallbackPartnership();
}
