package org.opendoor.triage.routing;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.opendoor.data.DataFile;

/**
 * Routes a referral by the child's postcode: the operator's postcode directory first, then the shipped district
 * table. Shared districts go to the partnership's hub queue to confirm the authority; a postcode outside or unknown
 * places nothing, and {@link FrontDoors} then finds the front door the referral came in through. There is no
 * default team.
 */
@ApplicationScoped
@Startup // data files are validated at start-up, not at the first referral
public class Routing {
    private static final Logger LOG = Logger.getLogger(Routing.class);

    private final DutyTeams teams;
    private final PostcodeDistricts districts;
    private final PostcodeDirectory directory;

    @Inject
    public Routing(RoutingConfig config) {
        this(new DutyTeams(config.dutyTeams(), DataFile.shipped(config.dutyTeams())), config);
    }

    private Routing(DutyTeams teams, RoutingConfig config) {
        this(teams, new PostcodeDistricts(config.postcodeDistricts(), DataFile.shipped(config.postcodeDistricts()),
                teams), config);
    }

    private Routing(DutyTeams teams, PostcodeDistricts districts, RoutingConfig config) {
        this(teams, districts, config.postcodeDirectory()
                .map(path -> PostcodeDirectory.load(path, p -> districts.contains(p.district()),
                        la -> teams.authority(la).isPresent()))
                .orElse(PostcodeDirectory.empty()));
        config.postcodeDirectory().ifPresent(path -> LOG.infof("Postcode directory %s: %d postcodes in use", path,
                directory.size()));
    }

    public Routing(DutyTeams teams, PostcodeDistricts districts, PostcodeDirectory directory) {
        this.teams = teams;
        this.districts = districts;
        this.directory = directory;
    }

    public RoutingDecision route(String postcodeText) {
        Optional<Postcode> postcode = Postcode.parse(postcodeText);
        if (postcode.isEmpty()) {
            return outOfArea(RoutingDecision.Basis.UNKNOWN_AREA);
        }
        Optional<String> listed = directory.authorityOf(postcode.get());
        if (listed.isPresent()) {
            return teams.authority(listed.get())
                    .map(a -> new RoutingDecision(a.code(), a.partnership(), a.team(),
                            RoutingDecision.Basis.POSTCODE_DIRECTORY))
                    .orElseGet(() -> outOfArea(RoutingDecision.Basis.OUTSIDE_PARTNERSHIPS));
        }
        return districts.find(postcode.get().district())
                .map(d -> {
                    DutyTeams.Authority a = teams.authority(d.authority()).orElseThrow();
                    return d.shared()
                            ? new RoutingDecision(a.code(), a.partnership(), teams.partnershipOf(a.code()).hubQueue(),
                                    RoutingDecision.Basis.SHARED_DISTRICT)
                            : new RoutingDecision(a.code(), a.partnership(), a.team(), RoutingDecision.Basis.DISTRICT);
                })
                // the table lists the partnerships' districts: a real postcode of any other district is outside them
                .orElseGet(() -> outOfArea(postcode.get().normalised() != null
                        ? RoutingDecision.Basis.OUTSIDE_PARTNERSHIPS : RoutingDecision.Basis.UNKNOWN_AREA));
    }

    public DutyTeams teams() {
        return teams;
    }

    public PostcodeDistricts districts() {
        return districts;
    }

    public PostcodeDirectory directory() {
        return directory;
    }

    private static RoutingDecision outOfArea(RoutingDecision.Basis basis) {
        return new RoutingDecision(null, null, null, basis);
    }
}
