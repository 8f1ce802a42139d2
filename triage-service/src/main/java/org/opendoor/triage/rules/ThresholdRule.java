package org.opendoor.triage.rules;

/**
 * One row of a partnership's threshold policy, with the sentence a duty worker reads when it fires. A rule without
 * {@code when} holds for every referral; only rules that add flags may test the level reached.
 */
public record ThresholdRule(String id, String explanation, Condition when, RuleOutcome then) {

    /** In which pass the rule is evaluated: concern rules first, then raises relative to them, then flags. */
    public enum Kind {
        CONCERN,
        RAISE,
        FLAGS
    }

    public ThresholdRule {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("every rule needs an id");
        }
        if (explanation == null || explanation.isBlank()) {
            throw new IllegalArgumentException("every rule needs a plain-English explanation");
        }
        if (then == null) {
            throw new IllegalArgumentException("every rule needs a 'then'");
        }
        when = when == null ? Condition.ALWAYS : when;
        if (kindOf(then) != Kind.FLAGS && when.testsLevel()) {
            throw new IllegalArgumentException("only rules that add flags may test levelAtLeast");
        }
    }

    public Kind kind() {
        return kindOf(then);
    }

    private static Kind kindOf(RuleOutcome then) {
        if (then.level() != null) {
            return Kind.CONCERN;
        }
        return then.raiseLevelBy() != null ? Kind.RAISE : Kind.FLAGS;
    }
}
