package org.opendoor.triage.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opendoor.model.ConcernCategory.CHILD_EXPLOITATION;
import static org.opendoor.model.ConcernCategory.MENTAL_HEALTH;
import static org.opendoor.model.ConcernCategory.MISSING;
import static org.opendoor.model.ConcernCategory.SEXUAL_ABUSE;
import static org.opendoor.model.Flag.HEALTH_VISITOR;
import static org.opendoor.model.Flag.MARAC_REFERRAL;
import static org.opendoor.model.Flag.OPERATION_ENCOMPASS;
import static org.opendoor.model.Flag.POLICE_STRATEGY_DISCUSSION;
import static org.opendoor.model.Indicator.AGGRESSIVE_SHOUTING;
import static org.opendoor.model.Indicator.CHILD_UNKEMPT;
import static org.opendoor.model.Indicator.CHILD_WITHDRAWN_OR_ANXIOUS;
import static org.opendoor.model.Indicator.DISCLOSURE;
import static org.opendoor.model.Indicator.INJURY;
import static org.opendoor.model.Indicator.PROLONGED_CRYING;
import static org.opendoor.model.Indicator.RELATIVES_DENIED_CONTACT;
import static org.opendoor.model.Indicator.SOUNDS_OF_VIOLENCE;
import static org.opendoor.model.Indicator.YOUNG_CHILD_LEFT_ALONE;
import static org.opendoor.model.Pathway.ADVICE_SIGNPOST;
import static org.opendoor.model.Pathway.EARLY_HELP;
import static org.opendoor.model.Pathway.IMMEDIATE_PROTECTION;
import static org.opendoor.model.Pathway.S17_ASSESSMENT;
import static org.opendoor.model.Pathway.S47_STRATEGY_DISCUSSION;
import static org.opendoor.model.Priority.AMBER;
import static org.opendoor.model.Priority.GREEN;
import static org.opendoor.model.Priority.RED;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opendoor.model.DashRiskLevel;
import org.opendoor.model.Flag;
import org.opendoor.model.Pathway;
import org.opendoor.model.Priority;

/** Every row of the partnership policy table (issue 4), checked against both shipped rulesets. */
class ThresholdPolicyTest {

    record Row(String when, Facts facts, int level, Priority priority, Pathway pathway, Set<Flag> flags,
            String ruleId) {
        @Override
        public String toString() {
            return when;
        }
    }

    static List<Row> policy() {
        return List.of(
                new Row("immediate danger", Facts.child(7).inDanger(), 4, RED, IMMEDIATE_PROTECTION,
                        Set.of(POLICE_STRATEGY_DISCUSSION), "immediate-danger"),
                new Row("disclosure of sexual abuse", Facts.child(13).with(DISCLOSURE).about(SEXUAL_ABUSE), 4, RED,
                        S47_STRATEGY_DISCUSSION, Set.of(POLICE_STRATEGY_DISCUSSION), "sexual-abuse-disclosure"),
                new Row("injury to a child under 1", Facts.child(0).with(INJURY), 4, RED, S47_STRATEGY_DISCUSSION,
                        Set.of(POLICE_STRATEGY_DISCUSSION, HEALTH_VISITOR), "injury-under-one"),
                new Row("young child (under 5) left alone", Facts.child(3).with(YOUNG_CHILD_LEFT_ALONE), 4, RED,
                        S47_STRATEGY_DISCUSSION, Set.of(HEALTH_VISITOR), "young-child-left-alone"),
                new Row("child aged 5-11 left alone", Facts.child(9).with(YOUNG_CHILD_LEFT_ALONE), 3, AMBER,
                        S17_ASSESSMENT, Set.of(), "child-5-to-11-left-alone"),
                new Row("child exploitation", Facts.child(14).about(CHILD_EXPLOITATION), 4, RED,
                        S47_STRATEGY_DISCUSSION, Set.of(), "child-exploitation"),
                new Row("missing together with exploitation", Facts.child(14).about(MISSING, CHILD_EXPLOITATION), 4,
                        RED, S47_STRATEGY_DISCUSSION, Set.of(), "child-exploitation"),
                new Row("missing without exploitation", Facts.child(14).about(MISSING), 3, AMBER, S17_ASSESSMENT,
                        Set.of(), "missing-child"),
                new Row("police DA, DASH high", Facts.child(8).policeDomesticAbuse(DashRiskLevel.HIGH, null), 4, RED,
                        S47_STRATEGY_DISCUSSION, Set.of(MARAC_REFERRAL, OPERATION_ENCOMPASS), "police-da-dash-high"),
                new Row("police DA, DASH score 14", Facts.child(8).policeDomesticAbuse(DashRiskLevel.MEDIUM, 14), 4,
                        RED, S47_STRATEGY_DISCUSSION, Set.of(MARAC_REFERRAL, OPERATION_ENCOMPASS),
                        "police-da-dash-high"),
                new Row("police DA, DASH medium", Facts.child(8).policeDomesticAbuse(DashRiskLevel.MEDIUM, 11), 3,
                        AMBER, S17_ASSESSMENT, Set.of(OPERATION_ENCOMPASS), "police-da-dash-medium"),
                new Row("police DA, DASH standard", Facts.child(8).policeDomesticAbuse(DashRiskLevel.STANDARD, 4), 2,
                        GREEN, EARLY_HELP, Set.of(OPERATION_ENCOMPASS), "police-da-dash-standard"),
                new Row("third police DA incident in 12 months (standard → one up, at least amber)",
                        Facts.child(8).policeDomesticAbuse(DashRiskLevel.STANDARD, 4).policeIncidentsIn12Months(3)
                                .referralsIn12Months(3),
                        3, AMBER, S17_ASSESSMENT, Set.of(OPERATION_ENCOMPASS, MARAC_REFERRAL),
                        "repeat-police-domestic-abuse"),
                new Row("third police DA incident when already level 4 stays at 4",
                        Facts.child(8).policeDomesticAbuse(DashRiskLevel.HIGH, 15).policeIncidentsIn12Months(4), 4,
                        RED, S47_STRATEGY_DISCUSSION, Set.of(OPERATION_ENCOMPASS, MARAC_REFERRAL),
                        "repeat-police-domestic-abuse"),
                new Row("sounds of violence", Facts.child(7).with(SOUNDS_OF_VIOLENCE), 3, AMBER, S17_ASSESSMENT,
                        Set.of(), "sounds-of-violence-or-shouting"),
                new Row("aggressive shouting", Facts.child(7).with(AGGRESSIVE_SHOUTING), 3, AMBER, S17_ASSESSMENT,
                        Set.of(), "sounds-of-violence-or-shouting"),
                new Row("neglect signs only (unkempt, prolonged crying)",
                        Facts.child(7).with(CHILD_UNKEMPT, PROLONGED_CRYING), 2, GREEN, EARLY_HELP, Set.of(),
                        "neglect-signs"),
                new Row("withdrawn/anxious only", Facts.child(7).with(CHILD_WITHDRAWN_OR_ANXIOUS), 2, GREEN,
                        EARLY_HELP, Set.of(), "withdrawn-or-mental-health"),
                new Row("mental-health concern only", Facts.child(15).about(MENTAL_HEALTH), 2, GREEN, EARLY_HELP,
                        Set.of(), "withdrawn-or-mental-health"),
                new Row("relatives denied contact only", Facts.child(7).with(RELATIVES_DENIED_CONTACT), 2, GREEN,
                        EARLY_HELP, Set.of(), "relatives-denied-contact"),
                new Row("third referral in 12 months raises green level 2 to amber level 3",
                        Facts.child(7).with(CHILD_UNKEMPT).referralsIn12Months(3), 3, AMBER, S17_ASSESSMENT, Set.of(),
                        "repeat-referral"),
                new Row("third referral in 12 months with nothing matched: level 2, at least amber",
                        Facts.child(7).referralsIn12Months(3), 2, AMBER, EARLY_HELP, Set.of(), "repeat-referral"),
                new Row("second referral in 12 months does not raise", Facts.child(7).with(CHILD_UNKEMPT)
                        .referralsIn12Months(2), 2, GREEN, EARLY_HELP, Set.of(), "neglect-signs"),
                new Row("child under 5 and level 3 adds health visitor", Facts.child(4).with(SOUNDS_OF_VIOLENCE), 3,
                        AMBER, S17_ASSESSMENT, Set.of(HEALTH_VISITOR), "under-five-health-visitor"),
                new Row("child under 5 raised to level 3 by repeats adds health visitor",
                        Facts.child(2).with(CHILD_UNKEMPT).referralsIn12Months(4), 3, AMBER, S17_ASSESSMENT,
                        Set.of(HEALTH_VISITOR), "under-five-health-visitor"),
                new Row("child under 5 at level 2: no health visitor flag", Facts.child(2).with(CHILD_UNKEMPT), 2,
                        GREEN, EARLY_HELP, Set.of(), "neglect-signs"),
                new Row("nothing matched", Facts.child(7), 1, GREEN, ADVICE_SIGNPOST, Set.of(),
                        "no-threshold-indicator"));
    }

    static Stream<Arguments> rowsInEveryRuleset() {
        return ShippedRulesets.all().flatMap(r -> policy().stream().map(row -> Arguments.of(r.version(), r, row)));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("rowsInEveryRuleset")
    void eachPolicyRowGivesItsLevelPriorityPathwayAndFlags(String version, Ruleset ruleset, Row row) {
        TriageOutcome outcome = ruleset.evaluate(row.facts().build());

        assertThat(outcome.level()).as("level").isEqualTo(row.level());
        assertThat(outcome.priority()).as("priority").isEqualTo(row.priority());
        assertThat(outcome.pathway()).as("pathway").isEqualTo(row.pathway());
        assertThat(outcome.flags()).as("flags").containsExactlyInAnyOrderElementsOf(row.flags());
        assertThat(outcome.rulesFired()).extracting(FiredRule::ruleId).contains(row.ruleId());
        assertThat(outcome.rulesFired()).allSatisfy(r -> assertThat(r.explanation()).isNotBlank());
        assertThat(outcome.rulesetVersion()).isEqualTo(version);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.opendoor.triage.rules.ShippedRulesets#all")
    void whenSeveralRulesFireTheHighestLevelAndMostUrgentPriorityWinAndFlagsAddUp(Ruleset ruleset) {
        TriageOutcome outcome = ruleset.evaluate(Facts.child(3).with(CHILD_UNKEMPT, SOUNDS_OF_VIOLENCE)
                .policeDomesticAbuse(DashRiskLevel.HIGH, 16).inDanger().build());

        assertThat(outcome.level()).isEqualTo(4);
        assertThat(outcome.priority()).isEqualTo(RED);
        assertThat(outcome.pathway()).isEqualTo(IMMEDIATE_PROTECTION);
        assertThat(outcome.flags()).containsExactlyInAnyOrder(POLICE_STRATEGY_DISCUSSION, MARAC_REFERRAL,
                OPERATION_ENCOMPASS, HEALTH_VISITOR);
        assertThat(outcome.rulesFired()).extracting(FiredRule::ruleId).contains("immediate-danger",
                "police-da-dash-high", "police-da-dash-medium", "police-da-dash-standard",
                "sounds-of-violence-or-shouting", "neglect-signs", "under-five-health-visitor");
    }
}
