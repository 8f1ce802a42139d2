package org.opendoor.triage.children;

import java.util.List;
import java.util.UUID;

/**
 * A child of a referral as found in (or added to) the child index, with the history the threshold rules count.
 *
 * @param linkedBy how the child was recognised: NHS_NUMBER, NAME_DOB_POSTCODE, or NEW_CHILD
 * @param priorReferrals12Months other referrals confirmed as about this child in the last 12 months
 * @param priorPoliceDomesticAbuse12Months of those, police domestic-abuse incidents
 * @param possibleMatches near matches for a person to confirm; never counted until confirmed
 */
public record ChildLink(UUID childId, String linkedBy, int priorReferrals12Months,
        int priorPoliceDomesticAbuse12Months, List<PossibleMatch> possibleMatches) {

    public record PossibleMatch(UUID matchedChildId, String reason) {
    }
}
