package org.opendoor.triage.rules;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.opendoor.data.Required;
import org.opendoor.model.Flag;
import org.opendoor.model.Pathway;
import org.opendoor.model.Priority;

/**
 * A partnership's threshold policy at one version, bound to its data file by {@link RulesetLoader}; it refuses
 * what the engine could misread (a level without pathway, a rule listed twice or firing for every referral).
 *
 * @param localAuthorities ONS codes of the authorities whose referrals this ruleset triages
 * @param pathwayForLevel the least intensive pathway a raised level recommends
 * @param whenNothingMatches the outcome, with its explanation, when no concern rule fires
 */
public record Ruleset(
        String version,
        String partnership,
        List<String> localAuthorities,
        Map<Integer, Pathway> pathwayForLevel,
        ThresholdRule whenNothingMatches,
        List<ThresholdRule> rules) {

    public Ruleset {
        Required.text(version, "version");
        Required.text(partnership, "partnership");
        localAuthorities = List.copyOf(Required.nonEmpty(localAuthorities, "localAuthorities"));
        Required.value(pathwayForLevel, "pathwayForLevel");
        for (int level = 1; level <= 4; level++) {
            if (pathwayForLevel.get(level) == null) {
                throw new IllegalArgumentException("pathwayForLevel has no pathway for level " + level);
            }
        }
        if (pathwayForLevel.size() != 4) {
            throw new IllegalArgumentException("pathwayForLevel must have exactly the levels 1 to 4, not "
                    + new TreeMap<>(pathwayForLevel).keySet());
        }
        pathwayForLevel = Map.copyOf(pathwayForLevel);
        Required.value(whenNothingMatches, "whenNothingMatches");
        if (whenNothingMatches.kind() != ThresholdRule.Kind.CONCERN || !whenNothingMatches.when().isEmpty()) {
            throw new InvalidRule(whenNothingMatches.id(),
                    "whenNothingMatches needs a level, priority and pathway and no conditions");
        }
        rules = List.copyOf(Required.nonEmpty(rules, "rules"));
        Set<String> ids = new HashSet<>();
        for (ThresholdRule rule : rules) {
            if (!ids.add(rule.id())) {
                throw new InvalidRule(rule.id(), "duplicate rule id");
            }
            if (rule.kind() == ThresholdRule.Kind.CONCERN && rule.when().isEmpty()) {
                throw new InvalidRule(rule.id(), "a rule without conditions would fire for every referral");
            }
        }
    }

    public TriageOutcome evaluate(TriageFacts facts) {
        Tally tally = new Tally();
        for (ThresholdRule rule : rules) {
            if (rule.kind() == ThresholdRule.Kind.CONCERN && rule.when().holds(facts, 0)) {
                tally.set(rule);
            }
        }
        if (tally.fired.isEmpty()) {
            tally.set(whenNothingMatches);
        }
        int concernLevel = tally.level;
        for (ThresholdRule rule : rules) {
            if (rule.kind() == ThresholdRule.Kind.RAISE && rule.when().holds(facts, concernLevel)) {
                tally.raise(rule, Math.min(4, concernLevel + rule.then().raiseLevelBy()));
            }
        }
        for (ThresholdRule rule : rules) {
            if (rule.kind() == ThresholdRule.Kind.FLAGS && rule.when().holds(facts, tally.level)) {
                tally.flag(rule);
            }
        }
        return new TriageOutcome(version, tally.level, tally.priority, tally.pathway, tally.flags, tally.fired);
    }

    private final class Tally {
        int level = 1;
        Priority priority = Priority.GREEN;
        Pathway pathway = Pathway.NFA;
        final Set<Flag> flags = EnumSet.noneOf(Flag.class);
        final List<FiredRule> fired = new ArrayList<>();

        void set(ThresholdRule rule) {
            level = Math.max(level, rule.then().level());
            priority = Priority.mostUrgent(priority, rule.then().priority());
            pathway = Pathway.mostIntensive(pathway, rule.then().pathway());
            flag(rule);
        }

        void raise(ThresholdRule rule, int raisedLevel) {
            level = Math.max(level, raisedLevel);
            if (rule.then().priority() != null) {
                priority = Priority.mostUrgent(priority, rule.then().priority());
            }
            pathway = Pathway.mostIntensive(pathway, pathwayForLevel.get(level));
            flag(rule);
        }

        void flag(ThresholdRule rule) {
            flags.addAll(rule.then().flags());
            if (rule.then().pathway() != null) {
                pathway = Pathway.mostIntensive(pathway, rule.then().pathway());
            }
            fired.add(new FiredRule(rule.id(), rule.explanation()));
        }
    }
}
