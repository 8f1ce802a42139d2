package org.opendoor.triage.returns;

import java.time.LocalDate;
import java.util.List;

/**
 * One child of the census return (ChildIdentifiers, ChildCharacteristics and its referrals in date order), however
 * many referrals name them. Disabilities are as recorded: null when nobody has said.
 */
public record CensusChild(
        String laChildId,
        String upn,
        String formerUpn,
        String upnUnknown,
        LocalDate birthDate,
        LocalDate expectedBirthDate,
        String sex,
        String ethnicity,
        List<String> disabilities,
        List<CensusReferral> referrals) {

    public CensusChild {
        disabilities = disabilities == null ? null : List.copyOf(disabilities);
        referrals = List.copyOf(referrals);
    }

    /** Every referral of the child ended in no further action (ReferralNFA true). */
    public boolean allReferralsNfa() {
        return !referrals.isEmpty() && referrals.stream().allMatch(r -> Boolean.TRUE.equals(r.referralNfa()));
    }

    /** At least one referral went on to further action (ReferralNFA false). */
    public boolean anyFurtherAction() {
        return referrals.stream().anyMatch(r -> Boolean.FALSE.equals(r.referralNfa()));
    }
}
