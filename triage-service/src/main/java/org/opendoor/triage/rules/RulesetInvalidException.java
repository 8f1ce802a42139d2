package org.opendoor.triage.rules;

/** A ruleset file that must not be used; the message names the file and, where it can, the rule. */
public class RulesetInvalidException extends RuntimeException {
    public RulesetInvalidException(String file, String rule, String problem) {
        super("Ruleset " + file + (rule != null ? ", rule '" + rule + "'" : "") + ": " + problem);
    }
}
