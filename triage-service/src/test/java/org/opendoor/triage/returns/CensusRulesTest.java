package org.opendoor.triage.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opendoor.data.DataFile;

/** Each DfE rule OpenDoor checks, on a return that passes them all changed so that it breaks that one. */
class CensusRulesTest {
    private static final CensusRules RULES = CensusRules.shipped();

    static Stream<Arguments> breaches() {
        List<Arguments> cases = new ArrayList<>();
        add(cases, "8500", f -> f.a.laChildId = null);
        add(cases, "1570", f -> f.a.laChildId = "OD000000000000000000001");
        add(cases, "1580", f -> f.a.laChildId = "OD-0000001");
        add(cases, "8510", f -> f.b.laChildId = f.a.laChildId);
        add(cases, "1510", f -> f.a.upn = "A855123456789");
        add(cases, "1520", f -> f.b.upn = CensusFixture.VALID_UPN);
        add(cases, "1530", f -> f.a.upn = Upn.checkLetter("999123456789") + "999123456789");
        add(cases, "1540", f -> f.a.upn = "L855ABCD56789");
        add(cases, "1550", f -> f.a.upn = "L85512345678I");
        add(cases, "1560Q", f -> f.a.formerUpn = "X123");
        add(cases, "8770Q", f -> f.a.upn = null);
        add(cases, "8772", f -> {
            f.b.upnUnknown = "UN7";
            f.b.referrals.get(0).nfa = false;
        });
        add(cases, "4180", f -> f.a.sex = "X");
        add(cases, "8750", f -> {
            f.b.birthDate = null;
            f.b.expectedBirthDate = LocalDate.of(2026, 5, 1);
        });
        add(cases, "4220", f -> f.a.ethnicity = "ZZZZ");
        add(cases, "8540", f -> f.a.disabilities = null);
        add(cases, "8790", f -> f.a.disabilities = List.of("NONE", "HEAR"));
        add(cases, "8794", f -> f.a.disabilities = List.of("HEAR", "HEAR"));
        add(cases, "8520", f -> f.b.birthDate = LocalDate.of(2026, 4, 2));
        add(cases, "8525Q", f -> f.b.birthDate = null);
        add(cases, "8530Q", f -> {
            f.b.birthDate = null;
            f.b.sex = "U";
            f.b.expectedBirthDate = LocalDate.of(2027, 6, 1);
        });
        add(cases, "8600", f -> f.a.referrals.get(0).referralDate = LocalDate.of(2026, 4, 2));
        add(cases, "8606", f -> {
            f.b.birthDate = LocalDate.of(2026, 3, 1);
            f.b.referrals.get(0).referralDate = LocalDate.of(2025, 5, 1);
        });
        add(cases, "8866", f -> f.a.referrals.get(0).source = "11");
        add(cases, "8650", f -> f.a.referrals.get(0).primaryNeed = "N10");
        add(cases, "8610", f -> f.a.referrals.get(0).primaryNeed = null);
        add(cases, "8568", f -> f.a.referrals.get(0).nfa = null);
        add(cases, "8620", f -> f.b.referrals.get(0).closureDate = LocalDate.of(2026, 4, 5));
        add(cases, "8630", f -> f.b.referrals.get(0).closureDate = LocalDate.of(2025, 8, 1));
        add(cases, "8640", f -> f.b.referrals.get(0).reasonForClosure = "RC10");
        add(cases, "8805", f -> f.b.referrals.get(0).reasonForClosure = null);
        add(cases, "8810", f -> f.b.referrals.get(0).closureDate = null);
        add(cases, "8815", f -> f.a.referrals.add(CensusFixture.referral(LocalDate.of(2025, 12, 1), "3A", "N4", false,
                null, null)));
        add(cases, "8820", f -> f.a.referrals.add(CensusFixture.referral(LocalDate.of(2025, 7, 1), "3A", "N4", false,
                LocalDate.of(2025, 7, 2), "RC7")));
        add(cases, "8825Q", f -> f.b.referrals.get(0).reasonForClosure = "RC8");
        return cases.stream();
    }

    private static void add(List<Arguments> cases, String rule, Consumer<CensusFixture> breach) {
        cases.add(Arguments.of(rule, breach));
    }

    @Test
    void theFixturePassesEveryRule() {
        assertThat(RULES.validate(new CensusFixture().build())).isEmpty();
    }

    @Test
    void everyRuleOfTheFileHasAFailingFixture() {
        List<String> tested = breaches().map(a -> (String) a.get()[0]).toList();
        List<String> listed = DataFile.load(CensusRules.FILE, 3).rows().stream().map(r -> r.field(0)).toList();
        assertThat(tested).containsExactlyInAnyOrderElementsOf(listed);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("breaches")
    void aReturnThatBreaksTheRuleIsToldWhichChildAndWhy(String rule, Consumer<CensusFixture> breach) {
        CensusFixture fixture = new CensusFixture();
        breach.accept(fixture);
        List<CensusFinding> findings = RULES.validate(fixture.build());

        CensusRules.Definition definition = RULES.definition(rule);
        assertThat(findings).filteredOn(f -> f.rule().equals(rule)).isNotEmpty()
                .allSatisfy(f -> {
                    assertThat(f.severity()).isEqualTo(definition.severity());
                    assertThat(f.message()).isEqualTo(definition.message());
                    assertThat(f.severity()).isEqualTo(rule.endsWith("Q") ? CensusFinding.Severity.QUERY
                            : CensusFinding.Severity.ERROR);
                });
    }

    @Test
    void theFindingNamesTheChildAndTheReferral() {
        CensusFixture fixture = new CensusFixture();
        fixture.a.referrals.get(0).source = "11";
        CensusFinding finding = RULES.validate(fixture.build()).get(0);
        assertThat(finding.laChildId()).isEqualTo("OD00000001");
        assertThat(finding.reference()).isEqualTo(fixture.a.referrals.get(0).reference);
        assertThat(finding.rule()).isEqualTo("8866");
        assertThat(finding.message()).isEqualTo("Source of Referral is missing or an invalid code");
    }

    @Test
    void theCheckLetterIsTheDfEs() {
        // worked by hand: 8*2+5*3+5*4+1*5+2*6+3*7+4*8+5*9+6*10+7*11+8*12+9*13 = 516, 516 mod 23 = 10, letter L
        assertThat(Upn.checkLetter("855123456789")).isEqualTo('L');
        assertThat(Upn.wrongCheckLetter(CensusFixture.VALID_UPN)).isFalse();
    }

    @Test
    void aRuleWithoutARowOrARowWithoutARuleStopsStartUp() {
        DataFile file = DataFile.parse("rules.csv", "8866,ERROR,Source of Referral is missing\n", 3);
        assertThatThrownBy(() -> CensusRules.of(file, List.of())).hasMessageContaining("8866 has no implementation");
        assertThatThrownBy(() -> CensusRules.of(file, List.of(CensusRules.child("8866", c -> false),
                CensusRules.child("4180", c -> false)))).hasMessageContaining("no row for rule 4180");
    }
}
