package org.opendoor.launcher.history;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One authority's figures for one month. Contacts are drawn first; everything that is part of them (sources, CIN
 * codes, categories, decisions and what follows) is drawn from them, so every part stays within its whole. Partner
 * figures are drawn on their own, sized from the authority's contacts.
 */
final class AuthorityMonth {
    static final String CONTACTS = "contacts";
    static final String DOMESTIC_ABUSE = "contacts-category-domestic-abuse";
    static final String MISSING_EPISODES = "missing-episodes";

    private final HistoryModel model;
    private final Authority authority;
    private final YearMonth month;
    private final MonthShape shape;
    private final Draws draws;
    private final Map<String, Long> figures = new LinkedHashMap<>();

    AuthorityMonth(HistoryModel model, Authority authority, YearMonth month, MonthShape shape, Draws draws) {
        this.model = model;
        this.authority = authority;
        this.month = month;
        this.shape = shape;
        this.draws = draws;
    }

    List<HistoricFigure> figures() {
        double size = authority.contactsPerMonth() * shape.growth();
        double workingDays = shape.exposure(Exposure.WORKING_DAYS);
        double expectedContacts = contacts(size * workingDays);
        categories(expectedContacts / (size * workingDays));
        decisions();
        notices();
        partners(size);
        List<HistoricFigure> list = new ArrayList<>();
        figures.forEach((measure, value) -> list.add(new HistoricFigure(month, authority.code(), measure, value)));
        return list;
    }

    /** Contacts, by source group and by CIN source code; answers the expected number of contacts. */
    private double contacts(double usualMonth) {
        Map<String, Double> expected = new LinkedHashMap<>();
        for (ContactSource source : model.sources()) {
            expected.put(source.measure(), usualMonth * source.share() * shape.seasonal(source.seasonal())
                    * shape.lockdown(source.lockdown()));
        }
        double expectedContacts = expected.values().stream().mapToDouble(Double::doubleValue).sum();
        long contacts = draws.count(expectedContacts, model.dispersion());
        figures.put(CONTACTS, contacts);
        Map<String, Long> bySource = draws.split(contacts, expected);
        for (ContactSource source : model.sources()) {
            long fromSource = bySource.get(source.measure());
            figures.put(source.measure(), fromSource);
            draws.split(fromSource, source.codes())
                    .forEach((code, n) -> figures.put(ContactSource.codeMeasure(code), n));
        }
        return expectedContacts;
    }

    /**
     * Categories as the chance a contact includes them. One with its own seasons or lockdown moves against
     * contacts (domestic abuse rose in lockdown while contacts fell); one without keeps its share.
     *
     * @param contactsShape this month's expected contacts against the average month's (seasons and lockdown)
     */
    private void categories(double contactsShape) {
        double contactsSeason = 0;
        for (ContactSource source : model.sources()) {
            contactsSeason += source.share() * shape.seasonal(source.seasonal());
        }
        long contacts = figures.get(CONTACTS);
        for (ContactCategory category : model.categories()) {
            double season = category.seasonal() == null ? contactsSeason : shape.seasonal(category.seasonal());
            double lockdown = category.lockdown() == null ? contactsShape / contactsSeason
                    : shape.lockdown(category.lockdown());
            double chance = Math.min(1, category.share() * season * lockdown / contactsShape);
            figures.put(category.measure(), draws.binomial(contacts, chance));
        }
    }

    private void decisions() {
        Flows flows = model.flows();
        long decisions = draws.binomial(figures.get(CONTACTS), flows.decidedRate());
        long referrals = draws.binomial(decisions, flows.referralRate());
        long childReferrals = referrals + draws.binomial(referrals, flows.siblingPerReferralRate());
        long red = draws.binomial(decisions, flows.redRate());
        figures.put("referrals", referrals);
        figures.put("decisions", decisions);
        figures.put("nfa-decisions", draws.binomial(decisions - referrals, flows.noFurtherActionRateOfTheRest()));
        figures.put("child-referrals", childReferrals);
        figures.put("child-re-referrals", draws.binomial(childReferrals, flows.reReferralRate()));
        figures.put("decisions-within-one-working-day", draws.binomial(decisions, authority.decidedInTimeRate()));
        figures.put("red-decisions", red);
        figures.put("red-decisions-within-4-hours", draws.binomial(red, flows.redWithinFourHoursRate()));
    }

    /** Operation Encompass notices and MARAC referrals follow the domestic-abuse contacts they come from. */
    private void notices() {
        Flows flows = model.flows();
        long domesticAbuse = figures.get(DOMESTIC_ABUSE);
        long encompass = draws.binomial(domesticAbuse, flows.encompassPerDomesticAbuseContact());
        figures.put("encompass-notices", encompass);
        figures.put("encompass-notices-on-time", draws.binomial(encompass, flows.encompassOnTimeRate()));
        figures.put("marac-referrals", draws.binomial(domesticAbuse, flows.maracPerDomesticAbuseContact()));
    }

    private void partners(double size) {
        for (PartnerMeasure partner : model.partners()) {
            double expected = size * partner.perContact() * shape.exposure(partner.exposure())
                    * shape.seasonal(partner.seasonal()) * shape.lockdown(partner.lockdown());
            figures.put(partner.measure(), draws.count(expected, partner.dispersion()));
        }
        figures.put("children-missing-more-than-once", draws.binomial(figures.get(MISSING_EPISODES),
                model.flows().repeatMissingPerEpisode()));
    }
}
