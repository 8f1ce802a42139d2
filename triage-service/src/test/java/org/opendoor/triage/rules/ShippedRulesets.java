package org.opendoor.triage.rules;

import java.util.stream.Stream;
import org.opendoor.data.DataFile;

/** The rulesets shipped in src/main/resources/rules, as the service loads them. */
final class ShippedRulesets {
    static final String[] FILES = {"rules/llr-2026.1.json", "rules/ddscp-2026.1.json"};

    private ShippedRulesets() {
    }

    static Stream<Ruleset> all() {
        return Stream.of(FILES).map(f -> RulesetLoader.parse(f, DataFile.shipped(f)));
    }
}
