package org.opendoor.triage.rules;

import java.util.EnumSet;
import java.util.Set;
import org.opendoor.model.ConcernCategory;
import org.opendoor.model.DashRiskLevel;
import org.opendoor.model.Indicator;
import org.opendoor.model.ReferralSource;

/** Builds triage facts for rule tests: a school referral about a 7-year-old with nothing else known. */
final class Facts {
    Set<Indicator> indicators = EnumSet.noneOf(Indicator.class);
    Set<ConcernCategory> categories = EnumSet.noneOf(ConcernCategory.class);
    boolean immediateDanger;
    Integer age = 7;
    ReferralSource source = ReferralSource.SCHOOL;
    boolean police;
    DashRiskLevel dash;
    Integer dashScore;
    int referrals = 1;
    int policeIncidents;

    static Facts child(Integer age) {
        Facts f = new Facts();
        f.age = age;
        return f;
    }

    Facts with(Indicator... values) {
        indicators.addAll(Set.of(values));
        return this;
    }

    Facts about(ConcernCategory... values) {
        categories.addAll(Set.of(values));
        return this;
    }

    Facts inDanger() {
        immediateDanger = true;
        return this;
    }

    Facts policeDomesticAbuse(DashRiskLevel level, Integer score) {
        source = ReferralSource.POLICE;
        police = true;
        dash = level;
        dashScore = score;
        categories.add(ConcernCategory.DOMESTIC_ABUSE);
        policeIncidents = Math.max(policeIncidents, 1);
        return this;
    }

    Facts referralsIn12Months(int n) {
        referrals = n;
        return this;
    }

    Facts policeIncidentsIn12Months(int n) {
        policeIncidents = n;
        return this;
    }

    Facts copy() {
        Facts f = new Facts();
        f.indicators.addAll(indicators);
        f.categories.addAll(categories);
        f.immediateDanger = immediateDanger;
        f.age = age;
        f.source = source;
        f.police = police;
        f.dash = dash;
        f.dashScore = dashScore;
        f.referrals = referrals;
        f.policeIncidents = policeIncidents;
        return f;
    }

    TriageFacts build() {
        return new TriageFacts(indicators, categories, immediateDanger, age, source, police, dash, dashScore,
                police ? Boolean.TRUE : null, referrals, policeIncidents);
    }

    @Override
    public String toString() {
        return "age=" + age + " indicators=" + indicators + " categories=" + categories + " danger=" + immediateDanger
                + " source=" + source + " dash=" + dash + "/" + dashScore + " referrals=" + referrals
                + " policeIncidents=" + policeIncidents;
    }
}
