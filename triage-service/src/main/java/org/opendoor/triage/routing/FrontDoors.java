package org.opendoor.triage.routing;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.opendoor.model.ReferralReceived;
import org.opendoor.data.DataFile;

/**
 * Who owns a referral that the child's postcode does not place (no postcode, or one outside the partnerships): the
 * front door it came in through. In order: the council the person chose, or the submitter's own authority (the
 * referral's {@code frontDoor}); the referring organisation's authority, or the child's school's
 * ({@value #DEFAULT_FILE}); else the hub of the fallback partnership. Never nobody: every case gets a queue that duty
 * staff can open, decide and be escalated from.
 */
@ApplicationScoped
@Startup
public class FrontDoors {
    static final String DEFAULT_FILE = "routing/referring-organisations.csv";
    private static final String SCHOOL = "URN:";

    private final DutyTeams teams;
    private final Map<String, String> organisations = new HashMap<>();
    private final DutyTeams.Partnership fallback;

    @Inject
    public FrontDoors(Routing routing, RoutingConfig config) {
        this(routing.teams(), config.referringOrganisations(), DataFile.shipped(config.referringOrganisations()),
                config.fallbackPartnership());
    }

    FrontDoors(DutyTeams teams, String file, String content, String fallbackPartnership) {
        this.teams = teams;
        this.fallback = teams.partnership(fallbackPartnership).orElseThrow(() -> new IllegalStateException(
                "triage.routing.fallback-partnership names " + fallbackPartnership + ", not one of "
                        + teams.partnerships().keySet()));
        DataFile rows = DataFile.parse(file, content, 2);
        for (DataFile.Row row : rows.rows()) {
            String owner = row.field(1);
            if (teams.authority(owner).isEmpty() && teams.partnership(owner).isEmpty()) {
                throw rows.error(row, "'" + owner + "' is neither an authority of " + teams.authorities().keySet()
                        + " nor a partnership of " + teams.partnerships().keySet());
            }
            if (organisations.put(row.field(0), owner) != null) {
                throw rows.error(row, row.field(0) + " is listed twice");
            }
        }
    }

    public RoutingDecision ownerOf(ReferralReceived referral) {
        Optional<DutyTeams.Authority> chosen = teams.authority(referral.frontDoor());
        if (chosen.isPresent()) {
            return toAuthority(chosen.get(), RoutingDecision.Basis.FRONT_DOOR);
        }
        return Stream.concat(Stream.ofNullable(referral.submittingOrg()),
                        referral.children().stream().map(ReferralReceived.Child::schoolUrn)
                                .filter(urn -> urn != null && !urn.isBlank()).map(urn -> SCHOOL + urn))
                .map(organisations::get).filter(owner -> owner != null).findFirst()
                .map(owner -> teams.authority(owner)
                        .map(a -> toAuthority(a, RoutingDecision.Basis.REFERRER))
                        .orElseGet(() -> toHub(teams.partnership(owner).orElseThrow(), RoutingDecision.Basis.REFERRER)))
                .orElseGet(() -> toHub(fallback, RoutingDecision.Basis.PARTNERSHIP_HUB));
    }

    private static RoutingDecision toAuthority(DutyTeams.Authority a, RoutingDecision.Basis basis) {
        return new RoutingDecision(a.code(), a.partnership(), a.team(), basis);
    }

    private static RoutingDecision toHub(DutyTeams.Partnership p, RoutingDecision.Basis basis) {
        return new RoutingDecision(null, p.id(), p.hubQueue(), basis);
    }
}
