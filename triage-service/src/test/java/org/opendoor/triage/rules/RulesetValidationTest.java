package org.opendoor.triage.rules;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.opendoor.data.DataFile;

/** A ruleset file the engine could misread stops start-up, naming the file and the rule. */
class RulesetValidationTest {
    private static final String FILE = "rules/llr-2026.1.json";
    private static final String SHIPPED = DataFile.shipped(FILE);

    @Test
    void anUnknownIndicatorNamesFileRuleAndAllowedValues() {
        String broken = SHIPPED.replace("\"anyIndicator\": [\"DISCLOSURE\"]", "\"anyIndicator\": [\"DISCLOSED\"]");

        assertThatThrownBy(() -> RulesetLoader.parse(FILE, broken))
                .isInstanceOf(RulesetInvalidException.class)
                .hasMessageContaining(FILE)
                .hasMessageContaining("rule 'sexual-abuse-disclosure'")
                .hasMessageContaining("unknown value 'DISCLOSED'")
                .hasMessageContaining("YOUNG_CHILD_LEFT_ALONE");
    }

    @Test
    void anUnknownConditionFieldIsRefused() {
        String broken = SHIPPED.replace("\"when\": {\"immediateDanger\": true}", "\"when\": {\"inDanger\": true}");

        assertThatThrownBy(() -> RulesetLoader.parse(FILE, broken))
                .hasMessageContaining(FILE).hasMessageContaining("rule 'immediate-danger'")
                .hasMessageContaining("unknown field 'inDanger'");
    }

    @Test
    void anUnknownPathwayIsRefused() {
        String broken = SHIPPED.replace("\"pathway\": \"IMMEDIATE_PROTECTION\"", "\"pathway\": \"POLICE_PROTECTION\"");

        assertThatThrownBy(() -> RulesetLoader.parse(FILE, broken))
                .hasMessageContaining("rule 'immediate-danger'").hasMessageContaining("'POLICE_PROTECTION'");
    }

    @Test
    void anUnknownFlagIsRefused() {
        String broken = SHIPPED.replace("[\"HEALTH_VISITOR\"]", "[\"HEALTH_VISITING\"]");

        assertThatThrownBy(() -> RulesetLoader.parse(FILE, broken))
                .hasMessageContaining("rule 'under-five-health-visitor'").hasMessageContaining("'HEALTH_VISITING'");
    }

    @Test
    void aLevelOutsideOneToFourIsRefused() {
        String broken = SHIPPED.replace("\"then\": {\"level\": 4, \"priority\": \"RED\", \"pathway\": \"IMMEDIATE_PROTECTION\"",
                "\"then\": {\"level\": 5, \"priority\": \"RED\", \"pathway\": \"IMMEDIATE_PROTECTION\"");

        assertThatThrownBy(() -> RulesetLoader.parse(FILE, broken))
                .hasMessageContaining("rule 'immediate-danger'").hasMessageContaining("level must be 1 to 4");
    }

    @Test
    void aRuleWithoutExplanationIsRefused() {
        String broken = SHIPPED.replaceFirst("\"explanation\": \"The referrer said[^\"]*\"", "\"explanation\": \"\"");

        assertThatThrownBy(() -> RulesetLoader.parse(FILE, broken))
                .hasMessageContaining("rule 'immediate-danger'").hasMessageContaining("plain-English explanation");
    }

    @Test
    void duplicateRuleIdsAreRefused() {
        String broken = SHIPPED.replace("\"id\": \"missing-child\"", "\"id\": \"child-exploitation\"");

        assertThatThrownBy(() -> RulesetLoader.parse(FILE, broken))
                .hasMessageContaining("rule 'child-exploitation'").hasMessageContaining("duplicate rule id");
    }

    @Test
    void onlyFlagRulesMayTestTheLevel() {
        String broken = SHIPPED.replace("\"when\": {\"immediateDanger\": true}",
                "\"when\": {\"immediateDanger\": true, \"levelAtLeast\": 2}");

        assertThatThrownBy(() -> RulesetLoader.parse(FILE, broken))
                .hasMessageContaining("rule 'immediate-danger'").hasMessageContaining("levelAtLeast");
    }

    @Test
    void invalidJsonNamesTheFile() {
        assertThatThrownBy(() -> RulesetLoader.parse(FILE, SHIPPED.substring(0, 200)))
                .hasMessageContaining(FILE).hasMessageContaining("not valid JSON");
    }
}
