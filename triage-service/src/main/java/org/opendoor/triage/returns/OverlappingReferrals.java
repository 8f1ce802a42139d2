package org.opendoor.triage.returns;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Rule 8820: a child's referrals must not overlap. A referral's episode runs from its referral date to its closure
 * date, or, when it is open and went on to further action, to the reference date; another referral of the child may
 * start on the day one ends, not strictly within it. The later referral is reported.
 */
final class OverlappingReferrals implements CensusRule {
    @Override
    public String code() {
        return "8820";
    }

    @Override
    public List<Hit> check(CensusReturn census) {
        List<Hit> hits = new ArrayList<>();
        for (CensusChild c : census.children()) {
            for (CensusReferral later : c.referrals()) {
                boolean overlaps = c.referrals().stream().anyMatch(earlier -> earlier != later
                        && startsWithin(later, earlier, census.year()));
                if (overlaps) {
                    hits.add(new Hit(c.laChildId(), later.reference()));
                }
            }
        }
        return hits;
    }

    private static boolean startsWithin(CensusReferral later, CensusReferral episode, CollectionYear year) {
        LocalDate end = episode.closureDate() != null ? episode.closureDate()
                : Boolean.FALSE.equals(episode.referralNfa()) ? year.referenceDate() : null;
        if (later.referralDate() == null || episode.referralDate() == null || end == null) {
            return false;
        }
        return later.referralDate().isAfter(episode.referralDate()) && later.referralDate().isBefore(end);
    }
}
