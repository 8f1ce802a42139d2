package org.opendoor.triage.returns;

import java.util.ArrayList;
import java.util.List;

/**
 * Rule 8815: a child may have one open referral that went on to further action (no closure date, ReferralNFA false);
 * with two or more, each open one is reported. Open NFA referrals may be many.
 */
final class OpenReferrals implements CensusRule {
    @Override
    public String code() {
        return "8815";
    }

    @Override
    public List<Hit> check(CensusReturn census) {
        List<Hit> hits = new ArrayList<>();
        for (CensusChild c : census.children()) {
            List<CensusReferral> open = c.referrals().stream()
                    .filter(r -> r.closureDate() == null && Boolean.FALSE.equals(r.referralNfa())).toList();
            if (open.size() > 1) {
                open.forEach(r -> hits.add(new Hit(c.laChildId(), r.reference())));
            }
        }
        return hits;
    }
}
