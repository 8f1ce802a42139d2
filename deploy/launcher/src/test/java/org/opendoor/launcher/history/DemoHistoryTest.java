package org.opendoor.launcher.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.opendoor.calendar.WorkingCalendar;

/** The shipped model's history: England's shapes, the pandemic's, and counts that add up. */
class DemoHistoryTest {
    private static final DemoHistory HISTORY = DemoHistory.shipped();
    private static final HistoryModel MODEL = HISTORY.model();
    private static final YearMonth FIRST = YearMonth.of(2015, 1);
    private static final YearMonth LAST = YearMonth.of(2025, 12);
    private static final List<HistoricFigure> GENERATED = HISTORY.figures(FIRST, LAST, MODEL.seed());
    private static final Figures FIGURES = new Figures(GENERATED);
    private static final List<String> AREAS = MODEL.authorities().stream().map(Authority::code).toList();
    private static final List<String> DDSCP = List.of("E06000015", "E10000007");
    private static final List<String> LLR = List.of("E10000018", "E06000016", "E06000017");
    private static final WorkingCalendar CALENDAR = WorkingCalendar.shipped(DemoHistory.ZONE);

    @Test
    void sharesBySourceAreEnglandsOverTheFiveYearsBeforeThePandemic() {
        Map<String, Double> targets = Map.of("contacts-source-police", 0.28, "contacts-source-schools", 0.20,
                "contacts-source-health", 0.15, "contacts-source-la-services", 0.14, "contacts-source-individuals", 0.08);
        for (String area : AREAS) {
            long contacts = total(List.of(area), "contacts", 2015, 2019);
            targets.forEach((source, share) -> assertThat((double) total(List.of(area), source, 2015, 2019) / contacts)
                    .as(area + " " + source).isCloseTo(share, within(0.02)));
        }
    }

    @Test
    void aboutTwoInNineChildrenReferredWereReferredInTheYearBefore() {
        double rate = (double) total(AREAS, "child-re-referrals", 2015, 2025) / total(AREAS, "child-referrals", 2015, 2025);
        assertThat(rate).isCloseTo(0.22, within(0.02));
        double perReferral = (double) total(AREAS, "child-referrals", 2015, 2025) / total(AREAS, "referrals", 2015, 2025);
        assertThat(perReferral).isCloseTo(1.3, within(0.05));
        double conversion = (double) total(AREAS, "referrals", 2015, 2025) / total(AREAS, "contacts", 2015, 2025);
        assertThat(conversion).isCloseTo(1 / 3.0, within(0.02));
    }

    @Test
    void augustAndDecemberAreQuieterThanTheirYear() {
        for (List<String> partnership : List.of(LLR, DDSCP)) {
            for (int year : List.of(2015, 2016, 2017, 2018, 2019, 2022, 2023, 2024, 2025)) {
                double mean = IntStream.rangeClosed(1, 12)
                        .mapToLong(m -> FIGURES.sum(partnership, YearMonth.of(year, m), "contacts")).average().orElseThrow();
                assertThat(FIGURES.sum(partnership, YearMonth.of(year, 8), "contacts")).as(partnership + " August " + year)
                        .isLessThan((long) mean);
                assertThat(FIGURES.sum(partnership, YearMonth.of(year, 12), "contacts")).as(partnership + " December " + year)
                        .isLessThan((long) mean);
                double schools = IntStream.rangeClosed(1, 12).mapToLong(m -> FIGURES.sum(partnership,
                        YearMonth.of(year, m), "contacts-source-schools")).average().orElseThrow();
                // schools are shut: well over half their contacts go with them
                assertThat(FIGURES.sum(partnership, YearMonth.of(year, 8), "contacts-source-schools"))
                        .as(partnership + " schools in August " + year).isLessThan((long) (0.5 * schools));
            }
        }
    }

    @Test
    void schoolsContactsFellByThreeQuartersInTheFirstLockdown() {
        for (String area : AREAS) {
            double usualApril = IntStream.of(2017, 2018, 2019)
                    .mapToLong(y -> FIGURES.of(area, YearMonth.of(y, 4), "contacts-source-schools")).average().orElseThrow();
            // Rutland's April expects about four contacts from schools: held to 70% below, give or take chance
            double quarter = 0.25 * usualApril;
            double bound = Math.max(0.30 * usualApril, quarter + 1.645 * Math.sqrt(quarter) + 0.5);
            assertThat(FIGURES.of(area, YearMonth.of(2020, 4), "contacts-source-schools")).as(area)
                    .isLessThanOrEqualTo((long) bound);
        }
        double usualApril = IntStream.of(2017, 2018, 2019)
                .mapToLong(y -> FIGURES.sum(AREAS, YearMonth.of(y, 4), "contacts-source-schools")).average().orElseThrow();
        assertThat(FIGURES.sum(AREAS, YearMonth.of(2020, 4), "contacts-source-schools"))
                .isLessThanOrEqualTo((long) (0.30 * usualApril));
    }

    @Test
    void inAprilAndMay2020DomesticAbuseRoseAndExploitationConcernsFell() {
        for (List<String> partnership : List.of(LLR, DDSCP)) {
            for (int month : List.of(4, 5)) {
                assertThat(againstUsual(partnership, month, "contacts")).as(partnership + " contacts " + month)
                        .isLessThan(0.80);
                assertThat(againstUsual(partnership, month, "contacts-category-domestic-abuse"))
                        .as(partnership + " domestic abuse " + month).isGreaterThan(1.10);
                assertThat(againstUsual(partnership, month, "police-domestic-abuse-incidents"))
                        .as(partnership + " police domestic-abuse incidents " + month).isGreaterThan(1.10);
                assertThat(againstUsual(partnership, month, "contacts-category-exploitation"))
                        .as(partnership + " exploitation " + month).isLessThan(0.65);
                assertThat(againstUsual(partnership, month, "vulnerable-children-attending-school"))
                        .as(partnership + " vulnerable children at school " + month).isLessThan(0.25);
            }
            // recovered by the autumn
            assertThat(againstUsual(partnership, 10, "contacts", 2020)).as(partnership + " October 2020")
                    .isBetween(0.92, 1.12);
        }
    }

    @Test
    void june2020InDerbyAndDerbyshireReadsLikeThePartnershipsBriefing() {
        YearMonth june = YearMonth.of(2020, 6);
        Map<YearMonth, UsualRange> contacts = new java.util.LinkedHashMap<>();
        for (YearMonth month : List.of(YearMonth.of(2020, 4), YearMonth.of(2020, 5), june)) {
            contacts.put(month, usualRange(DDSCP, month, "contacts", Exposure.WORKING_DAYS));
        }
        List<Double> ratios = new ArrayList<>();
        contacts.forEach((month, range) -> ratios.add(FIGURES.sum(DDSCP, month, "contacts") / range.expected()));
        long juneContacts = FIGURES.sum(DDSCP, june, "contacts");
        UsualRange domesticAbuse = usualRange(DDSCP, june, "contacts-category-domestic-abuse", Exposure.WORKING_DAYS);
        UsualRange incidents = usualRange(DDSCP, june, "police-domestic-abuse-incidents", Exposure.CALENDAR_DAYS);
        UsualRange exploitation = usualRange(DDSCP, june, "contacts-category-exploitation", Exposure.WORKING_DAYS);
        long juneDomesticAbuse = FIGURES.sum(DDSCP, june, "contacts-category-domestic-abuse");
        long juneIncidents = FIGURES.sum(DDSCP, june, "police-domestic-abuse-incidents");
        long juneExploitation = FIGURES.sum(DDSCP, june, "contacts-category-exploitation");
        long mayExploitation = FIGURES.sum(DDSCP, june.minusMonths(1), "contacts-category-exploitation");
        System.out.printf("DDSCP June 2020 against June 2015-19: contacts %d vs %.0f (%.0f to %.0f, %+.1f%%), "
                        + "against expected Apr/May/Jun %.2f/%.2f/%.2f; domestic-abuse contacts %d vs %.0f (%.0f to %.0f, "
                        + "%+.1f%%); police domestic-abuse incidents %d vs %.0f (%.0f to %.0f, %+.1f%%); exploitation %d vs "
                        + "%.0f (%.0f to %.0f, %+.1f%%), May %d%n",
                juneContacts, contacts.get(june).expected(), contacts.get(june).low(), contacts.get(june).high(),
                contacts.get(june).percentChange(juneContacts), ratios.get(0), ratios.get(1), ratios.get(2),
                juneDomesticAbuse, domesticAbuse.expected(), domesticAbuse.low(), domesticAbuse.high(),
                domesticAbuse.percentChange(juneDomesticAbuse), juneIncidents, incidents.expected(), incidents.low(),
                incidents.high(), incidents.percentChange(juneIncidents), juneExploitation, exploitation.expected(),
                exploitation.low(), exploitation.high(), exploitation.percentChange(juneExploitation), mayExploitation);

        // "contacts lower than usual and rising": below the range, and each month nearer what is usual, by more
        // than chance over the three months
        assertThat(contacts.get(june).level(juneContacts)).isEqualTo("LOWER");
        assertThat(ratios).isSortedAccordingTo(Double::compare);
        assertThat(ratios.get(2) - ratios.get(0))
                .isGreaterThan(1.96 * Math.sqrt(2) * contacts.get(june).relativeSpread());
        // "domestic abuse higher than usual"
        assertThat(domesticAbuse.level(juneDomesticAbuse)).isEqualTo("HIGHER");
        assertThat(incidents.level(juneIncidents)).isEqualTo("HIGHER");
        // "exploitation up this month but lower than usual": up on May by more than chance (Poisson counts)
        assertThat(exploitation.level(juneExploitation)).isEqualTo("LOWER");
        double mayRate = (double) mayExploitation / MonthShape.workingDays(CALENDAR, june.minusMonths(1));
        double juneRate = (double) juneExploitation / MonthShape.workingDays(CALENDAR, june);
        double chance = Math.sqrt(mayRate / MonthShape.workingDays(CALENDAR, june.minusMonths(1))
                + juneRate / MonthShape.workingDays(CALENDAR, june));
        assertThat(juneRate - mayRate).isGreaterThan(1.96 * chance);
    }

    @Test
    void everyPartAddsUpToItsWhole() {
        for (YearMonth month = FIRST; !month.isAfter(LAST); month = month.plusMonths(1)) {
            for (String area : AREAS) {
                String at = area + " " + month;
                long contacts = FIGURES.of(area, month, "contacts");
                long bySource = 0;
                for (ContactSource source : MODEL.sources()) {
                    long fromSource = FIGURES.of(area, month, source.measure());
                    YearMonth m = month;
                    assertThat(source.codes().keySet().stream()
                            .mapToLong(code -> FIGURES.of(area, m, ContactSource.codeMeasure(code))).sum())
                            .as(at + " " + source.measure()).isEqualTo(fromSource);
                    bySource += fromSource;
                }
                assertThat(bySource).as(at + " sources").isEqualTo(contacts);
                for (ContactCategory category : MODEL.categories()) {
                    assertThat(FIGURES.of(area, month, category.measure())).as(at + " " + category.measure())
                            .isLessThanOrEqualTo(contacts);
                }
                long decisions = FIGURES.of(area, month, "decisions");
                long referrals = FIGURES.of(area, month, "referrals");
                long childReferrals = FIGURES.of(area, month, "child-referrals");
                long red = FIGURES.of(area, month, "red-decisions");
                assertThat(decisions).as(at).isLessThanOrEqualTo(contacts);
                assertThat(referrals + FIGURES.of(area, month, "nfa-decisions")).as(at).isLessThanOrEqualTo(decisions);
                assertThat(childReferrals).as(at).isBetween(referrals, 2 * referrals);
                assertThat(FIGURES.of(area, month, "child-re-referrals")).as(at).isLessThanOrEqualTo(childReferrals);
                assertThat(FIGURES.of(area, month, "decisions-within-one-working-day")).as(at)
                        .isLessThanOrEqualTo(decisions);
                assertThat(red).as(at).isLessThanOrEqualTo(decisions);
                assertThat(FIGURES.of(area, month, "red-decisions-within-4-hours")).as(at).isLessThanOrEqualTo(red);
                long encompass = FIGURES.of(area, month, "encompass-notices");
                assertThat(encompass).as(at).isLessThanOrEqualTo(FIGURES.of(area, month,
                        "contacts-category-domestic-abuse"));
                assertThat(FIGURES.of(area, month, "encompass-notices-on-time")).as(at).isLessThanOrEqualTo(encompass);
                assertThat(FIGURES.of(area, month, "children-missing-more-than-once")).as(at)
                        .isLessThanOrEqualTo(FIGURES.of(area, month, "missing-episodes"));
            }
        }
    }

    @Test
    void timelinessIsHighAndRedDecisionsAreFew() {
        double inTime = (double) total(AREAS, "decisions-within-one-working-day", 2015, 2025)
                / total(AREAS, "decisions", 2015, 2025);
        assertThat(inTime).isBetween(0.90, 0.97);
        double red = (double) total(AREAS, "red-decisions", 2015, 2025) / total(AREAS, "decisions", 2015, 2025);
        assertThat(red).isCloseTo(0.06, within(0.005));
        double redInTime = (double) total(AREAS, "red-decisions-within-4-hours", 2015, 2025)
                / total(AREAS, "red-decisions", 2015, 2025);
        assertThat(redInTime).isCloseTo(0.90, within(0.01));
        double encompassOnTime = (double) total(AREAS, "encompass-notices-on-time", 2015, 2025)
                / total(AREAS, "encompass-notices", 2015, 2025);
        assertThat(encompassOnTime).isCloseTo(0.95, within(0.01));
    }

    @Test
    void monthlyContactsAreOfEachAuthoritysSize() {
        Map<String, Long> sizes = Map.of("E10000018", 1700L, "E06000016", 1500L, "E06000017", 90L, "E06000015", 1300L,
                "E10000007", 2400L);
        sizes.forEach((area, size) -> assertThat(total(List.of(area), "contacts", 2019, 2019) / 12.0).as(area)
                .isCloseTo(size, within(size * 0.05)));
    }

    @Test
    void aSeedGivesTheSameHistoryAndAMonthTheSameFiguresWhateverTheRange() {
        assertThat(HISTORY.figures(FIRST, LAST, MODEL.seed())).isEqualTo(GENERATED);
        YearMonth june = YearMonth.of(2020, 6);
        assertThat(HISTORY.figures(june, june, MODEL.seed()))
                .isEqualTo(GENERATED.stream().filter(f -> f.month().equals(june)).toList());
        assertThat(HISTORY.figures(june, june, MODEL.seed() + 1))
                .isNotEqualTo(GENERATED.stream().filter(f -> f.month().equals(june)).toList());
    }

    @Test
    void theHistoryCoversItsMonthsAndEndsWithTheLastCompleteMonthInEngland() {
        assertThat(GENERATED.get(0).month()).isEqualTo(FIRST);
        assertThat(GENERATED.get(GENERATED.size() - 1).month()).isEqualTo(LAST);
        assertThat(GENERATED.stream().map(HistoricFigure::month).distinct()).hasSize(11 * 12);
        assertThat(MODEL.firstMonth()).isEqualTo(FIRST);
        // just after midnight on 1 August in London it is still July in UTC: July is complete all the same
        assertThat(DemoHistory.lastCompleteMonth(Clock.fixed(Instant.parse("2026-07-31T23:30:00Z"), DemoHistory.ZONE)))
                .isEqualTo(YearMonth.of(2026, 7));
        assertThat(DemoHistory.lastCompleteMonth(Clock.fixed(Instant.parse("2026-12-01T00:30:00Z"), DemoHistory.ZONE)))
                .isEqualTo(YearMonth.of(2026, 11));
        assertThat(DemoHistory.lastCompleteMonth(Clock.fixed(Instant.parse("2026-11-30T23:59:00Z"), DemoHistory.ZONE)))
                .isEqualTo(YearMonth.of(2026, 10));
    }

    /** This month of 2020 against the mean of the same month 2017 to 2019, per working or calendar day. */
    private static double againstUsual(List<String> areas, int month, String measure) {
        return againstUsual(areas, month, measure, 2020);
    }

    private static double againstUsual(List<String> areas, int month, String measure, int year) {
        double usual = IntStream.of(2017, 2018, 2019)
                .mapToLong(y -> FIGURES.sum(areas, YearMonth.of(y, month), measure)).average().orElseThrow();
        return FIGURES.sum(areas, YearMonth.of(year, month), measure) / usual;
    }

    private static UsualRange usualRange(List<String> areas, YearMonth month, String measure, Exposure exposure) {
        List<Double> rates = IntStream.rangeClosed(2015, 2019).mapToObj(y -> month.withYear(y))
                .map(m -> FIGURES.sum(areas, m, measure) / (double) days(m, exposure)).toList();
        return UsualRange.of(rates, days(month, exposure));
    }

    private static int days(YearMonth month, Exposure exposure) {
        return exposure == Exposure.WORKING_DAYS ? MonthShape.workingDays(CALENDAR, month) : month.lengthOfMonth();
    }

    private static long total(List<String> areas, String measure, int fromYear, int toYear) {
        long total = 0;
        for (YearMonth m = YearMonth.of(fromYear, 1); !m.isAfter(YearMonth.of(toYear, 12)); m = m.plusMonths(1)) {
            total += FIGURES.sum(areas, m, measure);
        }
        return total;
    }
}
