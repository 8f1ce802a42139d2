package org.opendoor.launcher.history;

/**
 * How contacts flow through the front door in a month: each rate the chance one contact (or decision, referral,
 * notice, ...) goes on to the next measure, so that every count stays within the count it comes from.
 *
 * @param decidedRate contacts decided in the month
 * @param referralRate decisions that are referrals to children's social care
 * @param noFurtherActionRateOfTheRest decisions other than referrals that are no further action
 * @param siblingPerReferralRate referrals that name a second child
 * @param reReferralRate children referred who had a referral in the twelve months before
 * @param redRate decisions on RED contacts
 * @param redWithinFourHoursRate RED decisions made within four hours
 * @param encompassPerDomesticAbuseContact domestic-abuse contacts with a school-age child (an Operation Encompass
 *        notice is due)
 * @param encompassOnTimeRate notices sent before the next school day starts
 * @param maracPerDomesticAbuseContact domestic-abuse contacts assessed high risk (a MARAC referral)
 * @param repeatMissingPerEpisode children missing more than once in the month, per missing episode
 */
public record Flows(double decidedRate, double referralRate, double noFurtherActionRateOfTheRest,
        double siblingPerReferralRate, double reReferralRate, double redRate, double redWithinFourHoursRate,
        double encompassPerDomesticAbuseContact, double encompassOnTimeRate, double maracPerDomesticAbuseContact,
        double repeatMissingPerEpisode) {
    public Flows {
        Rates.check(decidedRate, "decidedRate");
        Rates.check(referralRate, "referralRate");
        Rates.check(noFurtherActionRateOfTheRest, "noFurtherActionRateOfTheRest");
        Rates.check(siblingPerReferralRate, "siblingPerReferralRate");
        Rates.check(reReferralRate, "reReferralRate");
        Rates.check(redRate, "redRate");
        Rates.check(redWithinFourHoursRate, "redWithinFourHoursRate");
        Rates.check(encompassPerDomesticAbuseContact, "encompassPerDomesticAbuseContact");
        Rates.check(encompassOnTimeRate, "encompassOnTimeRate");
        Rates.check(maracPerDomesticAbuseContact, "maracPerDomesticAbuseContact");
        Rates.check(repeatMissingPerEpisode, "repeatMissingPerEpisode");
    }
}
