package org.opendoor.triage.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.opendoor.model.CaseStatus;
import org.opendoor.model.Flag;
import org.opendoor.triage.routing.DutyTeams;
import org.opendoor.triage.routing.Routing;
import org.opendoor.triage.rules.FiredRule;
import org.opendoor.web.AuditAction;
import org.opendoor.web.Caller;
import org.opendoor.web.Problem;

/**
 * A partnership-hub case (a shared postcode district, or a referral nothing else placed) is moved to the authority a
 * person confirmed: it joins that authority's duty queue, loses the CONFIRM_AUTHORITY flag, the rules run again
 * with that authority's ruleset, and ReferralTriaged is published again so the new duty team is alerted (agency-notify
 * sends only what is new).
 */
@ApplicationScoped
public class AuthorityConfirmation {
    private final CaseCommands commands;
    private final Retriage retriage;
    private final DutyTeams teams;

    public AuthorityConfirmation(CaseCommands commands, Retriage retriage, Routing routing) {
        this.commands = commands;
        this.retriage = retriage;
        this.teams = routing.teams();
    }

    public void confirm(Caller caller, UUID caseId, String localAuthority) {
        commands.run(caller, AuditAction.CONFIRM_AUTHORITY, caseId, "case:" + caseId, (c, d) -> {
            DutyTeams.Authority authority = teams.authority(localAuthority).orElseThrow(() ->
                    CaseCommands.invalid("localAuthority", "must be one of " + teams.authorities().keySet()));
            boolean inHub = teams.partnerships().values().stream().anyMatch(p -> p.hubQueue().equals(d.team()));
            if (!inHub || d.status() != CaseStatus.AWAITING_DECISION) {
                throw new Problem.Exception(Response.Status.CONFLICT,
                        "Only an undecided case in a partnership hub can be given an authority.");
            }
            Set<Flag> flags = d.flags().isEmpty() ? EnumSet.noneOf(Flag.class) : EnumSet.copyOf(d.flags());
            flags.remove(Flag.CONFIRM_AUTHORITY);
            List<FiredRule> fired = new ArrayList<>(d.rulesFired());
            fired.add(new FiredRule("routing:authority-confirmed", "The partnership hub confirmed the child lives in "
                    + authority.name() + " (" + authority.code() + "); the case moved to its duty team."));
            try (PreparedStatement q = c.prepareStatement("UPDATE duty_case SET flags = ? WHERE id = ?")) {
                q.setArray(1, c.createArrayOf("text", flags.stream().map(Enum::name).sorted().toArray()));
                q.setObject(2, d.id());
                q.executeUpdate();
            }
            DutyCase moved = new DutyCase(d.id(), d.referralId(), d.reference(), authority.code(), authority.team(),
                    d.level(), d.priority(), d.recommendedPathway(), flags, d.rulesetVersion(), fired, d.cin(),
                    d.receivedAt(), d.decisionDueAt(), d.status(), d.priorReferrals12Months(),
                    d.policeDomesticAbuseIncidents12Months(), d.referral(), d.escalatedAt(), d.routingBasis(),
                    d.postcodeOutsidePartnership(), d.sourceCode(), d.sourceCodeNeedsReview());
            retriage.rerun(c, moved, "The authority was confirmed as " + authority.name()
                    + ".", true);
            return "MOVED " + authority.code();
        });
    }
}
