package org.opendoor.triage.cases;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
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
import org.opendoor.model.Json;
import org.opendoor.model.ReferralReceived;
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

    private final DutyCases cases;
    private final ReferralAssessment assessment;
    private final DecisionDue decisionDue;
    private final DutyTeams teams;

    public Retriage(DutyCases cases, ReferralAssessment assessment, DecisionDue decisionDue, Routing routing) {
        this.teams = routing.teams();
        this.cases = cases;
        this.assessment = assessment;
        this.decisionDue = decisionDue;
    }

    /**
     * @param moved   the case with its (possibly new) authority, team and routing flags already set
     * @param reason  why the rules run again, in words for the case's explanation
     * @param publish publish ReferralTriaged even when the rules changed nothing (the case moved)
     */
    public DutyCase rerun(Connection c, DutyCase moved, String reason, boolean publish) throws SQLException {
        Ruleset ruleset = assessment.rulesetOf(moved.localAuthority(), partnershipOfHub(moved.team()));
        ReferralReceived referral = Json.read(moved.referral(), ReferralReceived.class);
        TriageOutcome outcome = assessment.reassess(referral, ruleset, moved.priorReferrals12Months(),
                moved.policeDomesticAbuseIncidents12Months());
        Set<Flag> flags = outcome.flags().isEmpty() ? EnumSet.noneOf(Flag.class) : EnumSet.copyOf(outcome.flags());
        if (moved.flags().contains(Flag.CONFIRM_AUTHORITY)) {
            flags.add(Flag.CONFIRM_AUTHORITY);
        }
        Map<String, Object> changes = new LinkedHashMap<>();
        change(changes, "level", moved.level(), outcome.level());
        change(changes, "priority", moved.priority(), outcome.priority());
        change(changes, "recommendedPathway", moved.recommendedPathway(), outcome.pathway());
        change(changes, "flags", moved.flags(), flags);
        change(changes, "rulesetVersion", moved.rulesetVersion(), ruleset.version());
        List<FiredRule> fired = new ArrayList<>(outcome.rulesFired());
        moved.rulesFired().stream().filter(r -> r.ruleId().startsWith(ROUTING_RULE)).forEach(fired::add);
        fired.add(new FiredRule("rules:re-run", reason + (changes.isEmpty() ? " The rules ran again and changed "
                + "nothing." : " The rules ran again and changed " + String.join(", ", changes.keySet()) + ".")));
        Instant due = decisionDue.dueAt(outcome.priority(), moved.receivedAt());
        Instant decisionDueAt = moved.decisionDueAt() != null && moved.decisionDueAt().isBefore(due)
                ? moved.decisionDueAt() : due;
        DutyCase revised = new DutyCase(moved.id(), moved.referralId(), moved.reference(), moved.localAuthority(),
                moved.team(), outcome.level(), outcome.priority(), outcome.pathway(), flags, ruleset.version(), fired,
                moved.cin(), moved.receivedAt(), decisionDueAt, moved.status(), moved.priorReferrals12Months(),
                moved.policeDomesticAbuseIncidents12Months(), moved.referral(), moved.escalatedAt(),
                moved.routingBasis(), moved.postcodeOutsidePartnership(), moved.sourceCode(),
                moved.sourceCodeNeedsReview());
        cases.revise(c, revised);
        Instant now = Instant.now();
        if (!changes.isEmpty()) {
            try (PreparedStatement q = c.prepareStatement("INSERT INTO case_revision (case_id, revised_at, reason, "
                    + "changes) VALUES (?, ?, ?, CAST(? AS jsonb))")) {
                q.setObject(1, moved.id());
                q.setTimestamp(2, Timestamp.from(now));
                q.setString(3, reason);
                q.setString(4, Json.write(changes));
                q.executeUpdate();
            }
        }
        if (publish || !changes.isEmpty()) {
            Outbox.append(c, EventEnvelope.of(EventType.REFERRAL_TRIAGED, revised.referralId(), revised.referralId(),
                    revised.triaged(), now));
        }
        return revised;
    }

    /** The partnership whose hub queue this is, or null for an authority's own team. */
    private String partnershipOfHub(String team) {
        return teams.partnerships().values().stream().filter(p -> p.hubQueue().equals(team))
                .map(DutyTeams.Partnership::id).findFirst().orElse(null);
    }

    private static void change(Map<String, Object> changes, String field, Object before, Object after) {
        if (!before.equals(after)) {
            changes.put(field, Map.of("from", String.valueOf(before), "to", String.valueOf(after)));
        }
    }
}
