package org.opendoor.triage.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.opendoor.model.ConcernCategory;
import org.opendoor.model.DashRiskLevel;
import org.opendoor.model.Indicator;
import org.opendoor.model.ReferralSource;
import org.opendoor.data.DataFile;

/**
 * Property: adding a concern (an indicator, a category, or immediate danger) to any referral never lowers the
 * level, never makes the priority less urgent and never drops a flag. Checked on thousands of generated referrals
 * from a fixed seed, so a failure is reproducible; the failing referral is printed.
 */
class MonotonicityTest {
    private static final int CASES = 5_000;
    private static final long SEED = 20260402L;

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.opendoor.triage.rules.ShippedRulesets#all")
    void addingAConcernNeverLowersTheLevel(Ruleset ruleset) {
        assertThat(firstCounterexample(ruleset)).isNull();
    }

    @Test
    void thePropertyCatchesARulesetWhereAConcernSwitchesARuleOff() {
        // a rule that stops firing when neglect is also reported: adding NEGLECT drops level 3 to level 2
        String file = "rules/llr-2026.1.json";
        Ruleset broken = RulesetLoader.parse(file, DataFile.shipped(file).replace(
                "\"when\": {\"anyIndicator\": [\"SOUNDS_OF_VIOLENCE\", \"AGGRESSIVE_SHOUTING\"]}",
                "\"when\": {\"anyIndicator\": [\"SOUNDS_OF_VIOLENCE\", \"AGGRESSIVE_SHOUTING\"], "
                        + "\"noCategory\": [\"NEGLECT\"]}"));

        assertThat(firstCounterexample(broken)).isNotNull().contains("NEGLECT");
    }

    /** The first generated referral where one more concern lowers the outcome, described; null when none. */
    private static String firstCounterexample(Ruleset ruleset) {
        Random random = new Random(SEED);
        for (int i = 0; i < CASES; i++) {
            Facts before = randomReferral(random);
            Facts after = withOneMoreConcern(before.copy(), random);
            TriageOutcome was = ruleset.evaluate(before.build());
            TriageOutcome is = ruleset.evaluate(after.build());
            if (is.level() < was.level() || is.priority().ordinal() > was.priority().ordinal()
                    || !is.flags().containsAll(was.flags())) {
                return "adding a concern to [" + before + "] (level " + was.level() + " " + was.priority()
                        + ") gave [" + after + "] (level " + is.level() + " " + is.priority() + ")";
            }
        }
        return null;
    }

    private static Facts randomReferral(Random random) {
        Facts f = Facts.child(random.nextInt(10) == 0 ? null : random.nextInt(18));
        f.source = ReferralSource.values()[random.nextInt(ReferralSource.values().length)];
        for (Indicator indicator : Indicator.values()) {
            if (random.nextInt(6) == 0) {
                f.with(indicator);
            }
        }
        for (ConcernCategory category : ConcernCategory.values()) {
            if (random.nextInt(6) == 0) {
                f.about(category);
            }
        }
        f.immediateDanger = random.nextInt(20) == 0;
        if (random.nextInt(4) == 0) {
            f.policeDomesticAbuse(random.nextBoolean() ? null
                    : DashRiskLevel.values()[random.nextInt(DashRiskLevel.values().length)],
                    random.nextBoolean() ? null : random.nextInt(28));
        }
        f.referrals = 1 + random.nextInt(5);
        f.policeIncidents = f.police ? 1 + random.nextInt(4) : 0;
        return f;
    }

    private static Facts withOneMoreConcern(Facts f, Random random) {
        switch (random.nextInt(3)) {
            case 0 -> f.with(Indicator.values()[random.nextInt(Indicator.values().length)]);
            case 1 -> f.about(ConcernCategory.values()[random.nextInt(ConcernCategory.values().length)]);
            default -> f.inDanger();
        }
        return f;
    }
}
