package org.opendoor.triage.cases;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.opendoor.triage.routing.DutyTeams;
import org.opendoor.triage.routing.Routing;
import org.opendoor.web.Caller;

/**
 * Which cases a duty officer may see: their own authority's (including those it owns because they came in through
 * its front door, and those it transferred out), and the hub queue of their authority's partnership (shared
 * districts, and referrals nothing else placed). Any other case answers 404, as if it did not exist.
 */
@ApplicationScoped
public class CaseAccess {
    public static final String DUTY_MANAGER = "duty_manager";

    private final DutyTeams teams;

    public CaseAccess(Routing routing) {
        this.teams = routing.teams();
    }

    /** Queues beyond the caller's authority that the caller works: the partnership hub. */
    public Set<String> extraQueues(Caller caller) {
        if (caller.localAuthority() != null && teams.authority(caller.localAuthority()).isPresent()) {
            return Set.of(teams.partnershipOf(caller.localAuthority()).hubQueue());
        }
        return Set.of();
    }

    public boolean maySee(Caller caller, DutyCase c) {
        if (caller.localAuthority() != null && caller.localAuthority().equals(c.localAuthority())) {
            return true;
        }
        return extraQueues(caller).contains(c.team());
    }
}
