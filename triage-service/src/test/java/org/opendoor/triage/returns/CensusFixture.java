package org.opendoor.triage.returns;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A census return for the rule tests, valid under every rule: child A, of school age, with a UPN and one open
 * referral that went on to assessment; child B, under school age, with no UPN (UN1) and one NFA referral closed the
 * next day (RC7, so that 8825Q stays quiet). Each test changes one thing.
 */
final class CensusFixture {
    static final String VALID_UPN = "L855123456789";

    static final class ChildFixture {
        String laChildId;
        String upn;
        String formerUpn;
        String upnUnknown;
        LocalDate birthDate;
        LocalDate expectedBirthDate;
        String sex;
        String ethnicity;
        List<String> disabilities;
        List<ReferralFixture> referrals = new ArrayList<>();

        CensusChild build() {
            return new CensusChild(laChildId, upn, formerUpn, upnUnknown, birthDate, expectedBirthDate, sex, ethnicity,
                    disabilities, referrals.stream().map(ReferralFixture::build).toList());
        }
    }

    static final class ReferralFixture {
        String reference = "OD-2025-" + (100000 + (int) (Math.random() * 899999));
        LocalDate referralDate;
        String source;
        String primaryNeed;
        Boolean nfa;
        LocalDate closureDate;
        String reasonForClosure;

        CensusReferral build() {
            return new CensusReferral(UUID.nameUUIDFromBytes(reference.getBytes()), reference, referralDate, source,
                    primaryNeed, nfa, closureDate, reasonForClosure);
        }
    }

    final ChildFixture a = new ChildFixture();
    final ChildFixture b = new ChildFixture();

    CensusFixture() {
        a.laChildId = "OD00000001";
        a.upn = VALID_UPN;
        a.birthDate = LocalDate.of(2015, 6, 1);
        a.sex = "F";
        a.ethnicity = "WBRI";
        a.disabilities = List.of("NONE");
        a.referrals.add(referral(LocalDate.of(2025, 5, 1), "2A", "N1", false, null, null));

        b.laChildId = "OD00000002";
        b.upnUnknown = "UN1";
        b.birthDate = LocalDate.of(2022, 1, 10);
        b.sex = "M";
        b.ethnicity = "NOBT";
        b.referrals.add(referral(LocalDate.of(2025, 9, 1), "6", "N0", true, LocalDate.of(2025, 9, 2), "RC7"));
    }

    static ReferralFixture referral(LocalDate on, String source, String need, Boolean nfa, LocalDate closed,
            String reason) {
        ReferralFixture r = new ReferralFixture();
        r.referralDate = on;
        r.source = source;
        r.primaryNeed = need;
        r.nfa = nfa;
        r.closureDate = closed;
        r.reasonForClosure = reason;
        return r;
    }

    CensusReturn build() {
        return new CensusReturn(new CollectionYear(2026), "E10000018", "855", "OpenDoor", "1.0", 1,
                LocalDateTime.of(2026, 4, 10, 9, 30), List.of(a.build(), b.build()));
    }
}
