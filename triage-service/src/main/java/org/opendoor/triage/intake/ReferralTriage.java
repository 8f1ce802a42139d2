package org.opendoor.triage.intake;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.opendoor.model.Flag;
import org.opendoor.model.ReferralReceived;
import org.opendoor.model.ReferralSource;
import org.opendoor.triage.cases.DutyCase;
import org.opendoor.triage.cases.DutyCases;
import org.opendoor.triage.children.ChildHistory;
import org.opendoor.triage.children.ChildIdentity;
import org.opendoor.triage.children.ChildIndex;
import org.opendoor.triage.children.ChildLink;
import org.opendoor.triage.deadlines.DecisionDue;
import org.opendoor.triage.routing.DutyTeams;
import org.opendoor.triage.routing.FrontDoors;
import org.opendoor.triage.routing.Routing;
import org.opendoor.triage.routing.RoutingDecision;
import org.opendoor.triage.rules.CinCodes;
import org.opendoor.triage.rules.CinSuggestion;
import org.opendoor.triage.rules.FiredRule;
import org.opendoor.triage.rules.ReferralAssessment;
import org.opendoor.triage.rules.Ruleset;
import org.opendoor.triage.rules.Rulesets;
import org.opendoor.triage.rules.TriageOutcome;

/**
 * Turns a received referral into a case: routes it by postcode (or, when that places nothing, to the front door it
 * came in through), links its children in the child index, applies the partnership's threshold rules to each child
 * and sets the decision deadline. Every case is AWAITING_DECISION in a queue duty staff work. Runs in the handler's
 * transaction.
 */
@ApplicationScoped
@Startup // data files are validated at start-up, not at the first referral
public class ReferralTriage {
    private final Routing routing;
    private final Rulesets rulesets;
    private final ChildIndex children;
    private final DecisionDue decisionDue;
    private final CinCodes cinCodes;
    private final DutyCases cases;
    private final FrontDoors frontDoors;
    private final ReferralAssessment assessment;

    public ReferralTriage(Routing routing, Rulesets rulesets, ChildIndex children, DecisionDue decisionDue,
            CinCodes cinCodes, DutyCases cases, FrontDoors frontDoors, ReferralAssessment assessment) {
        this.routing = routing;
        this.assessment = assessment;
        this.frontDoors = frontDoors;
        this.rulesets = rulesets;
        this.children = children;
        this.decisionDue = decisionDue;
        this.cinCodes = cinCodes;
        this.cases = cases;
        checkEveryAuthorityHasItsRuleset(routing.teams(), rulesets);
    }

    public DutyCase open(ReferralReceived referral) throws SQLException {
        RoutingDecision byPostcode = routing.route(postcodeOf(referral));
        RoutingDecision route = byPostcode.outOfArea() ? frontDoors.ownerOf(referral) : byPostcode;
        Ruleset ruleset = assessment.rulesetOf(route.localAuthority(), route.partnership());
        boolean policeDomesticAbuse = referral.source() == ReferralSource.POLICE && referral.police() != null;

        List<ChildIdentity> identities = referral.children().stream().map(ChildIdentity::of).toList();
        children.lock(identities);
        Instant windowStart = referral.receivedAt().atOffset(ZoneOffset.UTC).minusMonths(12).toInstant();
        List<ChildLink> links = new ArrayList<>();
        TriageOutcome outcome = null;
        int prior = 0;
        int policeIncidents = 0;
        for (int i = 0; i < identities.size(); i++) {
            ChildLink link = children.link(identities.get(i), referral.children().get(i), referral.referralId(),
                    windowStart);
            links.add(link);
            int incidents = link.priorPoliceDomesticAbuse12Months() + (policeDomesticAbuse ? 1 : 0);
            TriageOutcome forChild = assessment.assess(referral, referral.children().get(i), ruleset,
                    link.priorReferrals12Months() + 1, incidents);
            outcome = outcome == null ? forChild : outcome.combine(forChild);
            prior = Math.max(prior, link.priorReferrals12Months());
            policeIncidents = Math.max(policeIncidents, incidents);
        }

        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        flags.addAll(outcome.flags());
        List<FiredRule> fired = new ArrayList<>(outcome.rulesFired());
        if (byPostcode.confirmAuthority()) {
            flags.add(Flag.CONFIRM_AUTHORITY);
            fired.add(new FiredRule("routing:shared-district", "The child's postcode district straddles an "
                    + "authority border, so the case is in the partnership hub: confirm which authority it belongs to."));
        }
        if (byPostcode.outOfArea()) {
            fired.add(ownerExplanation(byPostcode, route));
        }
        CinSuggestion cin = cinCodes.suggest(referral.concern().categories(), referral.concern().indicators(),
                policeDomesticAbuse);
        TriageOutcome recommendation = new TriageOutcome(ruleset.version(), outcome.level(), outcome.priority(),
                outcome.pathway(), flags, fired);
        DutyCase dutyCase = DutyCase.open(referral, route,
                byPostcode.basis() == RoutingDecision.Basis.OUTSIDE_PARTNERSHIPS, recommendation, cin,
                decisionDue.dueAt(outcome.priority(), referral.receivedAt()), new ChildHistory(prior, policeIncidents),
                childIdsOf(links));
        cases.persist(dutyCase);
        children.record(links, referral.referralId(), dutyCase.id(), referral.receivedAt(), policeDomesticAbuse);
        return dutyCase;
    }

    /**
     * One id per child of the index, in the order the referral names them: two children of the referral found to be
     * one child of the index are one child referred, as {@link ChildIndex#record} links them once.
     */
    private static List<UUID> childIdsOf(List<ChildLink> links) {
        return links.stream().map(ChildLink::childId).distinct().toList();
    }

    private static FiredRule ownerExplanation(RoutingDecision byPostcode, RoutingDecision owner) {
        String where = byPostcode.basis() == RoutingDecision.Basis.OUTSIDE_PARTNERSHIPS
                ? "The child's postcode lies outside the partnerships"
                : "There is no usable postcode for the child, or its district is not one the partnerships cover";
        String who = switch (owner.basis()) {
            case FRONT_DOOR -> "so the case belongs to the front door it came in through";
            case REFERRER -> "so the case belongs to the front door of the referring organisation";
            default -> "and nothing else places it, so the case is in the partnership hub";
        };
        return new FiredRule("routing:front-door", where + ", " + who + ". Decide it as any other case, or, once you "
                + "know the child lives elsewhere, transfer it to that authority's front door.");
    }

    private static String postcodeOf(ReferralReceived referral) {
        return referral.children().stream()
                .filter(ch -> ch.address() != null && ch.address().postcode() != null
                        && !ch.address().postcode().isBlank())
                .map(ch -> ch.address().postcode()).findFirst().orElse(null);
    }

    private static void checkEveryAuthorityHasItsRuleset(DutyTeams teams, Rulesets rulesets) {
        teams.authorities().values().forEach(a -> {
            if (!rulesets.covers(a.code())) {
                throw new IllegalStateException("Authority " + a.code() + " (" + a.name() + ") in the duty-team "
                        + "table has no ruleset");
            }
            String expected = teams.partnerships().get(a.partnership()).ruleset();
            String actual = rulesets.forAuthority(a.code()).version();
            if (!expected.equals(actual)) {
                throw new IllegalStateException("Authority " + a.code() + " is triaged with " + actual
                        + " but its partnership " + a.partnership() + " names ruleset " + expected);
            }
        });
    }
}
