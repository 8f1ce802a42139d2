package org.opendoor.triage.children;

/**
 * What is known of a child's last 12 months: referrals about the child, and how many of them were police
 * domestic-abuse incidents. Whether the referral at hand is counted is up to whoever holds the figures.
 */
public record ChildHistory(int priorReferrals12Months, int policeDomesticAbuseIncidents12Months) {
}
