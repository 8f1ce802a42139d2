package org.opendoor.briefing.usual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UsualModelTest {
    private static final double PER_DAY = 10;

    private final UsualModel model = new UsualModel(UsualSettings.defaults());

    /** The mean count of a month at {@code perDay} a working day, as a whole number: a series with no noise. */
    private static long exact(YearMonth month, double perDay) {
        return Math.round(perDay * SyntheticSeries.workingDays(month));
    }

    private static MonthlyCount month(String month, long count, double exposure) {
        return new MonthlyCount(YearMonth.parse(month), count, exposure, false);
    }

    private static List<MonthlyCount> replace(List<MonthlyCount> series, MonthlyCount replacement) {
        List<MonthlyCount> replaced = new ArrayList<>(series);
        replaced.replaceAll(count -> count.month().equals(replacement.month()) ? replacement : count);
        return replaced;
    }

    @Test
    void monthsMarkedExcludedAreLeftOutOfLaterBaselines() {
        Set<YearMonth> lockdown = Set.of(YearMonth.of(2020, 4), YearMonth.of(2020, 5), YearMonth.of(2020, 6));
        List<MonthlyCount> series = new ArrayList<>();
        for (MonthlyCount count : new SyntheticSeries(21).flat(YearMonth.of(2014, 1), 7 * 12 + 6, PER_DAY, 1)) {
            boolean excluded = lockdown.contains(count.month());
            series.add(excluded ? new MonthlyCount(count.month(), count.count() / 2, count.exposure(), true) : count);
        }
        YearMonth june2021 = YearMonth.of(2021, 6);
        series = replace(series, new MonthlyCount(june2021, exact(june2021, PER_DAY),
                SyntheticSeries.workingDays(june2021), false));

        Assessment assessment = model.assess(series, june2021, SeriesKind.COUNT);

        assertThat(assessment.level()).isEqualTo(Level.USUAL);
        assertThat(assessment.direction()).isEqualTo(Direction.USUAL);
        Baseline baseline = Baseline.before(new MonthlySeries(series), june2021, UsualSettings.defaults());
        assertThat(baseline.points()).extracting(Baseline.Point::month).doesNotContainAnyElementsOf(lockdown)
                // July 2020 was not excluded: it is in June 2021's window (June ± 1 month) and stays.
                .contains(YearMonth.of(2020, 7));
        assertThat(assessment.baselineMonths()).isEqualTo(5 * 3 - 2);
        UsualSettings sameMonthOnly = new UsualSettings(3, 5, 0, 0.95, 0.05, 10, 2.58, 3);
        assertThat(Baseline.before(new MonthlySeries(series), june2021, sameMonthOnly).points())
                .extracting(point -> point.month().getYear()).doesNotContain(2020).hasSize(4);
    }

    @Test
    void smallNumbersNeverProduceAnAlarm() {
        SyntheticSeries generator = new SyntheticSeries(22);
        YearMonth start = YearMonth.of(2015, 1);
        for (int s = 0; s < 20; s++) {
            // About 2 a month, with one month of 6 and one of 0.
            List<MonthlyCount> series = generator.flat(start, 10 * 12, 2 / 21.7, 1);
            series = replace(series, month("2022-03", 6, 23));
            series = replace(series, month("2023-07", 0, 21));
            for (MonthlyCount count : series) {
                Assessment assessment = model.assess(series, count.month(), SeriesKind.COUNT);
                assertThat(assessment.direction()).as("%s", assessment).isEqualTo(Direction.USUAL);
                assertThat(assessment.change().direction()).as("%s", assessment)
                        .isEqualTo(ChangeDirection.SIMILAR);
                assertThat(assessment.guard()).as("%s", assessment).isIn(Guard.TOO_FEW, Guard.NO_BASELINE);
            }
        }
    }

    @Test
    void fewerThanThreePriorYearsIsNoBaseline() {
        List<MonthlyCount> series = new SyntheticSeries(23).flat(YearMonth.of(2018, 1), 37, PER_DAY, 1);
        series = replace(series, month("2020-12", 400, 22));

        Assessment short_ = model.assess(series, YearMonth.of(2020, 12), SeriesKind.COUNT);
        Assessment enough = model.assess(series, YearMonth.of(2021, 1), SeriesKind.COUNT);

        assertThat(short_.guard()).isEqualTo(Guard.NO_BASELINE);
        assertThat(short_.expected()).isNull();
        assertThat(short_.usualLow()).isNull();
        assertThat(short_.usualHigh()).isNull();
        assertThat(short_.level()).isEqualTo(Level.USUAL);
        assertThat(short_.trend()).isEqualTo(Trend.STEADY);
        assertThat(short_.change().direction()).isEqualTo(ChangeDirection.SIMILAR);
        assertThat(short_.direction()).isEqualTo(Direction.USUAL);
        assertThat(short_.dispersion()).isNaN();
        assertThat(enough.guard()).isNull();
        assertThat(enough.expected()).isNotNull();
        assertThat(enough.baselineMonths()).isEqualTo(2 * 3 + 2);
    }

    @Test
    void theDfeStylePercentIsTheChangeFromThePlainMeanOfTheSameMonthInThePriorThreeYears() {
        List<MonthlyCount> counts = List.of(month("2016-06", 500, 22), month("2017-06", 100, 22),
                month("2018-06", 110, 21), month("2019-06", 120, 20), month("2020-06", 90, 22));
        // (90 − (100 + 110 + 120)/3) / 110: raw counts, no allowance for working days; 2016 is four years back.
        assertThat(model.assess(counts, YearMonth.of(2020, 6), SeriesKind.COUNT).dfeStylePercentChange())
                .isCloseTo(-100.0 * 20 / 110, within(1e-9));

        List<MonthlyCount> rates = List.of(month("2017-06", 30, 100), month("2018-06", 40, 100),
                month("2019-06", 25, 50), month("2020-06", 27, 90));
        // Rates 0.3, 0.4 and 0.5 have mean 0.4; 27/90 = 0.3 is 25% below it.
        assertThat(model.assess(rates, YearMonth.of(2020, 6), SeriesKind.RATE).dfeStylePercentChange())
                .isCloseTo(-25.0, within(1e-9));

        List<MonthlyCount> gap = List.of(month("2017-06", 30, 100), month("2019-06", 25, 50),
                month("2020-06", 27, 90));
        assertThat(model.assess(gap, YearMonth.of(2020, 6), SeriesKind.RATE).dfeStylePercentChange()).isNull();
        List<MonthlyCount> zeros = List.of(month("2017-06", 0, 22), month("2018-06", 0, 21),
                month("2019-06", 0, 20), month("2020-06", 3, 22));
        assertThat(model.assess(zeros, YearMonth.of(2020, 6), SeriesKind.COUNT).dfeStylePercentChange()).isNull();
    }

    /** Four years of exactly 200 a month in 21 days, then the month before (in 21 days) and this month. */
    private MonthChange change(long before, double beforeDays, long now, double nowDays) {
        List<MonthlyCount> series = new ArrayList<>();
        YearMonth start = YearMonth.of(2016, 1);
        for (int i = 0; i < 4 * 12 + 4; i++) {
            series.add(new MonthlyCount(start.plusMonths(i), 200, 21, false));
        }
        series.add(month("2020-05", before, beforeDays));
        series.add(month("2020-06", now, nowDays));
        return model.assess(series, YearMonth.of(2020, 6), SeriesKind.COUNT).change();
    }

    @Test
    void theChangeFromLastMonthIsUpOrDownOnlyWhenItIsMoreThanChance() {
        assertThat(change(200, 21, 260, 21)).isEqualTo(new MonthChange(200L, 30.0, ChangeDirection.UP));
        assertThat(change(200, 21, 206, 21).direction()).isEqualTo(ChangeDirection.SIMILAR);
        assertThat(change(200, 21, 206, 21).percent()).isCloseTo(3.0, within(1e-9));
        assertThat(change(200, 21, 140, 21).direction()).isEqualTo(ChangeDirection.DOWN);
        // 10% more in 10% more working days is the same rate: the percent is raw, the direction is not.
        MonthChange moreDays = change(200, 20, 220, 22);
        assertThat(moreDays.percent()).isCloseTo(10.0, within(1e-9));
        assertThat(moreDays.direction()).isEqualTo(ChangeDirection.SIMILAR);
    }

    @Test
    void aMonthWithoutAPreviousMonthHasNoChange() {
        List<MonthlyCount> series = List.of(month("2020-06", 200, 22));
        assertThat(model.assess(series, YearMonth.of(2020, 6), SeriesKind.COUNT).change())
                .isEqualTo(new MonthChange(null, null, ChangeDirection.SIMILAR));
    }

    @Test
    void aMonthlyCountSaysExactlyWhatIsWrong() {
        assertThatThrownBy(() -> new MonthlyCount(null, 1, 1, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("month is required");
        assertThatThrownBy(() -> month("2020-06", -1, 22))
                .hasMessage("count for 2020-06 must be 0 or more, was -1");
        assertThatThrownBy(() -> month("2020-06", 1, 0))
                .hasMessage("exposure for 2020-06 must be a finite number above 0, was 0.0");
        assertThatThrownBy(() -> month("2020-06", 1, Double.NaN))
                .hasMessage("exposure for 2020-06 must be a finite number above 0, was NaN");
        assertThatThrownBy(() -> month("2020-06", 1, Double.POSITIVE_INFINITY))
                .hasMessage("exposure for 2020-06 must be a finite number above 0, was Infinity");
    }

    @Test
    void settingsSayExactlyWhatIsWrong() {
        assertThatThrownBy(() -> new UsualSettings(0, 5, 1, 0.95, 0.05, 10, 2.58, 3))
                .hasMessage("minBaselineYears must be 1 or more, was 0");
        assertThatThrownBy(() -> new UsualSettings(3, 2, 1, 0.95, 0.05, 10, 2.58, 3))
                .hasMessage("maxBaselineYears must be at least minBaselineYears (3), was 2");
        assertThatThrownBy(() -> new UsualSettings(3, 5, 6, 0.95, 0.05, 10, 2.58, 3))
                .hasMessage("windowMonths must be from 0 to 5, was 6");
        assertThatThrownBy(() -> new UsualSettings(3, 5, 1, 1, 0.05, 10, 2.58, 3))
                .hasMessage("predictionLevel must be between 0 and 1, was 1.0");
        assertThatThrownBy(() -> new UsualSettings(3, 5, 1, 0.95, 0, 10, 2.58, 3))
                .hasMessage("trendSignificance must be between 0 and 1, was 0.0");
        assertThatThrownBy(() -> new UsualSettings(3, 5, 1, 0.95, 0.05, -1, 2.58, 3))
                .hasMessage("minimumExpected must be a finite number, 0 or more, was -1.0");
        assertThatThrownBy(() -> new UsualSettings(3, 5, 1, 0.95, 0.05, 10, 0, 3))
                .hasMessage("outlierResidual must be a finite number above 0, was 0.0");
        assertThatThrownBy(() -> new UsualSettings(3, 5, 1, 0.95, 0.05, 10, 2.58, 0))
                .hasMessage("dfeStyleYears must be 1 or more, was 0");
        assertThat(UsualSettings.defaults())
                .isEqualTo(new UsualSettings(3, 5, 1, 0.95, 0.05, 10, 2.58, 3));
    }

    @Test
    void theModelSaysExactlyWhatIsWrongWithItsArguments() {
        List<MonthlyCount> series = List.of(month("2020-06", 200, 22));
        assertThatThrownBy(() -> new UsualModel(null)).hasMessage("settings is required");
        assertThatThrownBy(() -> model.assess(series, YearMonth.of(2020, 7), SeriesKind.COUNT))
                .hasMessage("series has no figure for 2020-07");
        assertThatThrownBy(() -> model.assess(List.of(month("2020-06", 200, 22), month("2020-06", 201, 22)),
                YearMonth.of(2020, 6), SeriesKind.COUNT)).hasMessage("series has 2020-06 more than once");
        assertThatThrownBy(() -> model.assess(null, YearMonth.of(2020, 6), SeriesKind.COUNT))
                .hasMessage("series is required");
        assertThatThrownBy(() -> model.assess(series, null, SeriesKind.COUNT)).hasMessage("month is required");
        assertThatThrownBy(() -> model.assess(series, YearMonth.of(2020, 6), null)).hasMessage("kind is required");
    }

    @Test
    void aRateIsJudgedInCountsAtItsOwnDenominator() {
        // A conversion rate steady at 40%, with the denominator varying: this month 100 of 250 is usual.
        List<MonthlyCount> series = new ArrayList<>();
        SyntheticSeries generator = new SyntheticSeries(24);
        YearMonth start = YearMonth.of(2015, 1);
        for (int i = 0; i < 6 * 12; i++) {
            long denominator = 200 + generator.draw(50, 1);
            series.add(new MonthlyCount(start.plusMonths(i), generator.draw(0.4 * denominator, 1), denominator,
                    false));
        }
        YearMonth last = start.plusMonths(6 * 12 - 1);
        series = replace(series, new MonthlyCount(last, 100, 250, false));

        Assessment assessment = model.assess(series, last, SeriesKind.RATE);

        assertThat(assessment.expected()).isCloseTo(100, within(8.0));
        assertThat(assessment.usualLow()).isLessThan(100);
        assertThat(assessment.usualHigh()).isGreaterThan(100);
        assertThat(assessment.level()).isEqualTo(Level.USUAL);
    }
}
