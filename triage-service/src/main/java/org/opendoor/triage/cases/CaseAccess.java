package org.opendoor.triage.cases;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashSet;
import java.util.Set;
import org.opendoor.model.CaseStatus;
import org.opendoor.triage.routing.DutyTeams;
import org.opendoor.triage.routing.Routing;
import org.opendoor.web.Caller;

/**
 * Which cases a duty officer may see: their own authority's, the hub queue of their authority's partnership
 * (shared districts, to confirm the authority), and, for duty managers, the out-of-area transfer queue. Any
 * other case answers 404, as if it did not exist.
 */
@ApplicationScoped
public class CaseAccess {
    public static final String DUTY_MANAGER = "duty_manager";

    private final DutyTeams teams;

    public CaseAccess(Routing routing) {
        this.teams = routing.teams();
    }

    /** Queues beyond the caller's authority that the caller works: the partnership hub, and out-of-area for managers. */
    public Set<String> extraQueues(Caller caller) {
        Set<String> queues = new LinkedHashSet<>();
        if (caller.localAuthority() != null && teams.authority(caller.localAuthority()).isPresent()) {
            queues.add(teams.partnershipOf(caller.localAuthority()).hubQueue());
        }
        if (caller.hasRole(DUTY_MANAGER)) {
            queues.add(teams.outOfAreaQueue());
        }
        return queues;
    }

    public boolean maySee(Caller caller, DutyCase c) {
        if (caller.localAuthority() != null && caller.localAuthority().equals(c.localAuthority())) {
            return true;
        }
        return extraQueues(caller).contains(c.team())
                && (c.status() != CaseStatus.TRANSFERRED_OUT_OF_AREA || caller.hasRole(DUTY_MANAGER));
    }
}
