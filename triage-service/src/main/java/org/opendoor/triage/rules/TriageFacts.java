package org.opendoor.triage.rules;

import java.util.Set;
import org.opendoor.model.ConcernCategory;
import org.opendoor.model.DashRiskLevel;
import org.opendoor.model.Indicator;
import org.opendoor.model.ReferralSource;

/**
 * What the threshold rules may test about one child in one referral. Counts include the referral being triaged,
 * so "the third referral in 12 months" is {@code referrals12Months >= 3}.
 *
 * @param ageYears the child's age on the day of referral, or null when neither date of birth nor estimate is known
 * @param policeIncident whether a police incident block came with the referral
 */
public record TriageFacts(
        Set<Indicator> indicators,
        Set<ConcernCategory> categories,
        boolean immediateDanger,
        Integer ageYears,
        ReferralSource source,
        boolean policeIncident,
        DashRiskLevel dashLevel,
        Integer dashScore,
        Boolean childrenPresent,
        int referrals12Months,
        int policeDomesticAbuseIncidents12Months) {

    public TriageFacts {
        indicators = indicators == null ? Set.of() : Set.copyOf(indicators);
        categories = categories == null ? Set.of() : Set.copyOf(categories);
        if (referrals12Months < 1) {
            throw new IllegalArgumentException("referrals12Months counts this referral, so is at least 1: "
                    + referrals12Months);
        }
    }
}
