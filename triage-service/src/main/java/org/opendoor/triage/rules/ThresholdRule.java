package org.opendoor.triage.rules;

/** One row of a partnership's threshold policy, with the sentence a duty worker reads when it fires. */
public record ThresholdRule(String id, String explanation, Condition when, RuleOutcome then) {

    /** In which pass the rule is evaluated: concern rules first, then raises relative to them, then flags. */
    public enum Kind {
        CONCERN,
        RAISE,
        FLAGS
    }

    public Kind kind() {
        if (then.level() != null) {
            return Kind.CONCERN;
        }
        return then.raiseLevelBy() != null ? Kind.RAISE : Kind.FLAGS;
    }
}
