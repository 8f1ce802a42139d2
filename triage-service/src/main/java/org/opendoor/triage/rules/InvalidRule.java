package org.opendoor.triage.rules;

/** A rule that its ruleset cannot use (listed twice, say), found by the ruleset when it checks its rules together. */
final class InvalidRule extends IllegalArgumentException {
    private final String rule;
    private final String problem;

    InvalidRule(String rule, String problem) {
        super("rule '" + rule + "': " + problem);
        this.rule = rule;
        this.problem = problem;
    }

    String rule() {
        return rule;
    }

    String problem() {
        return problem;
    }
}
