package org.opendoor.triage.returns;

import java.util.List;

/** One DfE validation rule: the children (and referrals) of a return that break it. Severity and message are data. */
interface CensusRule {
    /** A child that breaks the rule, and the referral when the rule is about one (null otherwise). */
    record Hit(String laChildId, String reference) {
    }

    String code();

    List<Hit> check(CensusReturn census);
}
