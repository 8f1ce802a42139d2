package org.opendoor.triage.cases;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opendoor.messaging.Outbox;
import org.opendoor.model.EventEnvelope;
import org.opendoor.model.EventType;
import org.opendoor.model.Flag;
import org.opendoor.triage.deadlines.DecisionDue;
import org.opendoor.triage.routing.DutyTeams;
import org.opendoor.triage.routing.Routing;
import org.opendoor.triage.rules.FiredRule;
import org.opendoor.triage.rules.ReferralAssessment;
import org.opendoor.triage.rules.Ruleset;
import org.opendoor.triage.rules.TriageOutcome;

/**
 * Runs the rules again on a case after a person's confirmation changed what they see (a confirmed match recounts
 * prior referrals; a confirmed authority may bring another partnership's ruleset). A change of level, priority,
 * pathway or flags is recorded in case_revision with the reason, the explanation says so, a deadline only ever
 * moves sooner, and ReferralTriaged is published again: agency-notify sends only what is new.
 */
@ApplicationScoped
public class Retriage {
    private static final String ROUTING_RULE = "routing:";

    private final Revisions revisions;
    private final ReferralAssessment assessment;
    private final DecisionDue decisionDue;
    private final DutyTeams teams;

    Retriage(Revisions revisions, ReferralAssessment assessment, DecisionDue decisionDue, Routing routing) {
        this.teams = routing.teams();
        this.revisions = revisions;
        this.assessment = assessment;
        this.decisionDue = decisionDue;
    }

    /**
     * @param moved   the case with its (possibly new) authority, team and routing flags already set
     * @param reason  why the rules run again, in words for the case's explanation
     * @param publish publish ReferralTriaged even when the rules changed nothing (the case moved)
     */
    public void rerun(Connection c, DutyCase moved, String reason, boolean publish) throws SQLException {
        Ruleset ruleset = assessment.rulesetOf(moved.localAuthority(), partnershipOfHub(moved.team()));
        TriageOutcome outcome = assessment.reassess(moved.referralReceived(), ruleset, moved.priorReferrals12Months(),
                moved.policeDomesticAbuseIncidents12Months());
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        flags.addAll(outcome.flags());
        if (moved.flags().contains(Flag.CONFIRM_AUTHORITY)) {
            flags.add(Flag.CONFIRM_AUTHORITY);
        }
        Map<String, Map<String, String>> changes = new LinkedHashMap<>();
        change(changes, "level", moved.level(), outcome.level());
        change(changes, "priority", moved.priority(), outcome.priority());
        change(changes, "recommendedPathway", moved.recommendedPathway(), outcome.pathway());
        change(changes, "flags", moved.flags(), flags);
        change(changes, "rulesetVersion", moved.rulesetVersion(), ruleset.version());
        List<FiredRule> fired = new ArrayList<>(outcome.rulesFired());
        moved.rulesFired().stream().filter(r -> r.ruleId().startsWith(ROUTING_RULE)).forEach(fired::add);
        fired.add(new FiredRule("rules:re-run", reason + (changes.isEmpty() ? " The rules ran again and changed "
                + "nothing." : " The rules ran again and changed " + String.join(", ", changes.keySet()) + ".")));
        moved.revise(new TriageOutcome(ruleset.version(), outcome.level(), outcome.priority(), outcome.pathway(), flags,
                fired), decisionDue.dueAt(outcome.priority(), moved.receivedAt()));
        Instant now = Instant.now();
        if (!changes.isEmpty()) {
            revisions.persist(new CaseRevision(moved.id(), now, reason, changes));
        }
        if (publish || !changes.isEmpty()) {
            Outbox.append(c, EventEnvelope.of(EventType.REFERRAL_TRIAGED, moved.referralId(), moved.referralId(),
                    moved.triaged(), now));
        }
    }

    /** The partnership whose hub queue this is, or null for an authority's own team. */
    private String partnershipOfHub(String team) {
        return teams.partnerships().values().stream().filter(p -> p.hubQueue().equals(team))
                .map(DutyTeams.Partnership::id).findFirst().orElse(null);
    }

    private static void change(Map<String, Map<String, String>> changes, String field, Object before, Object after) {
        if (!before.equals(after)) {
            changes.put(field, Map.of("from", String.valueOf(before), "to", String.valueOf(after)));
        }
    }
}
