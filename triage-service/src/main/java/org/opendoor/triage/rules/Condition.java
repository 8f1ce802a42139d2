package org.opendoor.triage.rules;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Set;
import org.opendoor.model.ConcernCategory;
import org.opendoor.model.DashRiskLevel;
import org.opendoor.model.Indicator;
import org.opendoor.model.ReferralSource;

/**
 * The "when" of a threshold rule: every test that is present must hold (an absent test always holds).
 * {@code anyOf} holds when at least one of its conditions holds. Age tests never hold when the age is unknown,
 * except {@code ageUnknown: true}. {@code levelAtLeast} tests the level reached by the other rules, and is only
 * allowed in rules that add flags.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Condition(
        Boolean immediateDanger,
        Set<Indicator> anyIndicator,
        Set<ConcernCategory> anyCategory,
        Set<ConcernCategory> noCategory,
        Integer ageUnder,
        Integer ageAtLeast,
        Boolean ageUnknown,
        Set<ReferralSource> source,
        Boolean policeIncident,
        Set<DashRiskLevel> dashLevel,
        Integer dashScoreAtLeast,
        Boolean childrenPresent,
        Integer referrals12MonthsAtLeast,
        Integer policeDomesticAbuseIncidents12MonthsAtLeast,
        Integer levelAtLeast,
        List<Condition> anyOf) {

    /** No tests: holds for every referral (a rule given no "when"). */
    static final Condition ALWAYS = new Condition(null, null, null, null, null, null, null, null, null, null, null,
            null, null, null, null, null);

    boolean holds(TriageFacts f, int levelSoFar) {
        return (immediateDanger == null || immediateDanger == f.immediateDanger())
                && (anyIndicator == null || anyIndicator.stream().anyMatch(f.indicators()::contains))
                && (anyCategory == null || anyCategory.stream().anyMatch(f.categories()::contains))
                && (noCategory == null || noCategory.stream().noneMatch(f.categories()::contains))
                && (ageUnder == null || (f.ageYears() != null && f.ageYears() < ageUnder))
                && (ageAtLeast == null || (f.ageYears() != null && f.ageYears() >= ageAtLeast))
                && (ageUnknown == null || ageUnknown == (f.ageYears() == null))
                && (source == null || source.contains(f.source()))
                && (policeIncident == null || policeIncident == f.policeIncident())
                && (dashLevel == null || dashLevel.contains(f.dashLevel()))
                && (dashScoreAtLeast == null || (f.dashScore() != null && f.dashScore() >= dashScoreAtLeast))
                && (childrenPresent == null || childrenPresent.equals(f.childrenPresent()))
                && (referrals12MonthsAtLeast == null || f.referrals12Months() >= referrals12MonthsAtLeast)
                && (policeDomesticAbuseIncidents12MonthsAtLeast == null
                        || f.policeDomesticAbuseIncidents12Months() >= policeDomesticAbuseIncidents12MonthsAtLeast)
                && (levelAtLeast == null || levelSoFar >= levelAtLeast)
                && (anyOf == null || anyOf.stream().anyMatch(c -> c.holds(f, levelSoFar)));
    }

    boolean testsLevel() {
        return levelAtLeast != null || (anyOf != null && anyOf.stream().anyMatch(Condition::testsLevel));
    }

    boolean isEmpty() {
        return immediateDanger == null && anyIndicator == null && anyCategory == null && noCategory == null
                && ageUnder == null && ageAtLeast == null && ageUnknown == null && source == null
                && policeIncident == null && dashLevel == null && dashScoreAtLeast == null && childrenPresent == null
                && referrals12MonthsAtLeast == null && policeDomesticAbuseIncidents12MonthsAtLeast == null
                && levelAtLeast == null && (anyOf == null || anyOf.isEmpty());
    }
}
