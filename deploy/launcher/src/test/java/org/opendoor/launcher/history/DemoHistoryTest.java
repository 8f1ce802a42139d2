package org.opendoor.launcher.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.LinkedHashMap;
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
            double usualApril = usualPerDay(List.of(area), 4, "contacts-source-schools", Exposure.WORKING_DAYS);
            YearMonth april = YearMonth.of(2020, 4);
            // Rutland's April expects about four contacts from schools: held to 70% below, give or take chance
            double quarter = 0.25 * usualApril * days(april, Exposure.WORKING_DAYS);
            double bound = Math.max(0.30 * usualApril * days(april, Exposure.WORKING_DAYS),
                    quarter + 1.645 * Math.sqrt(quarter) + 0.5);
            assertThat(FIGURES.of(area, april, "contacts-source-schools")).as(area).isLessThanOrEqualTo((long) bound);
        }
        assertThat(againstUsual(AREAS, 4, "contacts-source-schools", Exposure.WORKING_DAYS)).isLessThanOrEqualTo(0.30);
    }

    @Test
    void inAprilAndMay2020DomesticAbuseRoseAndExploitationConcernsFell() {
        for (List<String> partnership : List.of(LLR, DDSCP)) {
            for (int month : List.of(4, 5)) {
                assertThat(againstUsual(partnership, month, "contacts", Exposure.WORKING_DAYS))
                        .as(partnership + " contacts " + month).isLessThan(0.80);
                assertThat(againstUsual(partnership, month, "contacts-category-domestic-abuse", Exposure.WORKING_DAYS))
                        .as(partnership + " domestic abuse " + month).isGreaterThan(1.10);
                assertThat(againstUsual(partnership, month, "police-domestic-abuse-incidents", Exposure.CALENDAR_DAYS))
                        .as(partnership + " police domestic-abuse incidents " + month).isGreaterThan(1.10);
                assertThat(againstUsual(partnership, month, "contacts-category-exploitation", Exposure.WORKING_DAYS))
                        .as(partnership + " exploitation " + month).isLessThan(0.65);
                assertThat(againstUsual(partnership, month, "vulnerable-children-attending-school", Exposure.NONE))
                        .as(partnership + " vulnerable children at school " + month).isLessThan(0.25);
            }
            // recovered by the autumn
            assertThat(againstUsual(partnership, YearMonth.of(2020, 10), "contacts", Exposure.WORKING_DAYS))
                    .as(partnership + " October 2020").isBetween(0.92, 1.12);
        }
    }

    @Test
    void june2020InDerbyAndDerbyshireReadsLikeThePartnershipsBriefing() {
        YearMonth june = YearMonth.of(2020, 6);
        YearMonth may = june.minusMonths(1);
        Reading contacts = reading(DDSCP, june, "contacts", Exposure.WORKING_DAYS);
        Reading domesticAbuse = reading(DDSCP, june, "contacts-category-domestic-abuse", Exposure.WORKING_DAYS);
        Reading incidents = reading(DDSCP, june, "police-domestic-abuse-incidents", Exposure.CALENDAR_DAYS);
        Reading exploitation = reading(DDSCP, june, "contacts-category-exploitation", Exposure.WORKING_DAYS);
        System.out.println("DDSCP June 2020: " + contacts + "; " + domesticAbuse + "; " + incidents + "; "
                + exploitation + " (May " + FIGURES.sum(DDSCP, may, "contacts-category-exploitation") + ")");

        // "contacts lower than usual and rising"
        assertThat(contacts.level()).isEqualTo("LOWER");
        long[] lastThree = {FIGURES.sum(DDSCP, june.minusMonths(2), "contacts"), FIGURES.sum(DDSCP, may, "contacts"),
                contacts.value()};
        double[] days = {days(june.minusMonths(2), Exposure.WORKING_DAYS), days(may, Exposure.WORKING_DAYS),
                days(june, Exposure.WORKING_DAYS)};
        assertThat(contacts.baseline().rising(june, lastThree, days)).isTrue();
        // "domestic abuse higher than usual"
        assertThat(domesticAbuse.level()).isEqualTo("HIGHER");
        assertThat(incidents.level()).isEqualTo("HIGHER");
        // "exploitation up this month but lower than usual"
        assertThat(exploitation.level()).isEqualTo("LOWER");
        assertThat(SeasonalBaseline.upOn(FIGURES.sum(DDSCP, may, "contacts-category-exploitation"),
                days(may, Exposure.WORKING_DAYS), exploitation.value(), days(june, Exposure.WORKING_DAYS),
                exploitation.baseline().noise())).isTrue();
    }

    /** A month's figure for some areas against the baseline of 2015 to 2019. */
    private record Reading(String measure, long value, double expected, double[] usual, String level,
            SeasonalBaseline baseline) {
        @Override
        public String toString() {
            return String.format("%s %d against %.0f (usual %.0f to %.0f, %+.1f%%) %s", measure, value, expected,
                    usual[0], usual[1], 100 * (value - expected) / expected, level);
        }
    }

    private static Reading reading(List<String> areas, YearMonth month, String measure, Exposure exposure) {
        Map<YearMonth, Double> rates = new LinkedHashMap<>();
        for (YearMonth m = YearMonth.of(2015, 1); !m.isAfter(YearMonth.of(2019, 12)); m = m.plusMonths(1)) {
            rates.put(m, FIGURES.sum(areas, m, measure) / (double) days(m, exposure));
        }
        SeasonalBaseline baseline = new SeasonalBaseline(rates);
        long value = FIGURES.sum(areas, month, measure);
        int days = days(month, exposure);
        return new Reading(measure, value, baseline.expected(month, days), baseline.usualRange(month, days),
                baseline.level(month, value, days), baseline);
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

    /** April or May 2020 against the same month of 2017 to 2019, per day of exposure. */
    private static double againstUsual(List<String> areas, int month, String measure, Exposure exposure) {
        return againstUsual(areas, YearMonth.of(2020, month), measure, exposure);
    }

    private static double againstUsual(List<String> areas, YearMonth month, String measure, Exposure exposure) {
        return FIGURES.sum(areas, month, measure) / (double) days(month, exposure)
                / usualPerDay(areas, month.getMonthValue(), measure, exposure);
    }

    private static double usualPerDay(List<String> areas, int month, String measure, Exposure exposure) {
        return IntStream.of(2017, 2018, 2019).mapToObj(y -> YearMonth.of(y, month))
                .mapToDouble(m -> FIGURES.sum(areas, m, measure) / (double) days(m, exposure)).average().orElseThrow();
    }

    private static int days(YearMonth month, Exposure exposure) {
        return switch (exposure) {
            case WORKING_DAYS -> MonthShape.workingDays(CALENDAR, month);
            case CALENDAR_DAYS -> month.lengthOfMonth();
            case NONE -> 1;
        };
    }

    private static long total(List<String> areas, String measure, int fromYear, int toYear) {
        long total = 0;
        for (YearMonth m = YearMonth.of(fromYear, 1); !m.isAfter(YearMonth.of(toYear, 12)); m = m.plusMonths(1)) {
            total += FIGURES.sum(areas, m, measure);
        }
        return total;
    }
}
