package org.opendoor.briefing.usual;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** The model on many generated series of known shape (12 years, about 200 a month): how often it says what. */
class UsualModelCalibrationTest {
    private static final YearMonth START = YearMonth.of(2013, 1);
    private static final int MONTHS = 12 * 12;
    private static final YearMonth LAST = START.plusMonths(MONTHS - 1);
    private static final double PER_DAY = 10;
    private static final double NOMINAL = 1 - UsualSettings.defaults().predictionLevel();

    private final UsualModel model = new UsualModel(UsualSettings.defaults());

    /**
     * The share of assessed months (those with a baseline and chosen by {@code assessed}) for which {@code claim}
     * holds, over many series.
     */
    private double share(long seed, int seriesCount, double dispersion, Function<YearMonth, Double> shape,
            Predicate<YearMonth> assessed, Predicate<Assessment> claim) {
        SyntheticSeries generator = new SyntheticSeries(seed);
        int months = 0;
        int claimed = 0;
        for (int s = 0; s < seriesCount; s++) {
            List<MonthlyCount> series = generator.generate(START, MONTHS, PER_DAY, dispersion, shape);
            for (MonthlyCount month : series) {
                if (!assessed.test(month.month())) {
                    continue;
                }
                Assessment assessment = model.assess(series, month.month(), SeriesKind.COUNT);
                if (assessment.guard() == Guard.NO_BASELINE) {
                    continue;
                }
                months++;
                if (claim.test(assessment)) {
                    claimed++;
                }
            }
        }
        return (double) claimed / months;
    }

    private static boolean flagged(Assessment assessment) {
        return assessment.level() != Level.USUAL;
    }

    private static boolean trending(Assessment assessment) {
        return assessment.trend() != Trend.STEADY;
    }

    private static boolean every(YearMonth month) {
        return true;
    }

    @Test
    void aFlatPoissonSeriesIsFlaggedInAtMostTheNominalShareOfMonths() {
        double share = share(11, 25, 1, month -> 1.0, UsualModelCalibrationTest::every,
                UsualModelCalibrationTest::flagged);
        assertThat(share).as("share of flat Poisson months called higher or lower: %.4f", share)
                .isLessThanOrEqualTo(NOMINAL).isGreaterThanOrEqualTo(0.01);
    }

    @Test
    void anOverdispersedFlatSeriesIsFlaggedInAtMostTheNominalShareOfMonths() {
        double share = share(12, 25, 2, month -> 1.0, UsualModelCalibrationTest::every,
                UsualModelCalibrationTest::flagged);
        assertThat(share).as("share of flat negative-binomial (φ = 2) months called higher or lower: %.4f", share)
                .isLessThanOrEqualTo(NOMINAL).isGreaterThanOrEqualTo(0.01);
    }

    @Test
    void aFlatSeriesIsCalledRisingOrFallingInAtMostTheNominalShareOfMonths() {
        double share = share(13, 25, 1, month -> 1.0, UsualModelCalibrationTest::every,
                UsualModelCalibrationTest::trending);
        assertThat(share).as("share of flat Poisson months called rising or falling: %.4f", share)
                .isLessThanOrEqualTo(NOMINAL);
    }

    @Test
    void aRealDropOfThirtyPercentIsFlaggedLowerInNineSeriesOutOfTen() {
        double share = share(14, 200, 1, month -> month.equals(LAST) ? 0.7 : 1.0, LAST::equals,
                assessment -> assessment.level() == Level.LOWER);
        assertThat(share).as("share of series whose 30%% drop is called lower: %.4f", share)
                .isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void aRealRiseOfThirtyPercentIsFlaggedHigherInNineSeriesOutOfTen() {
        double share = share(18, 100, 1, month -> month.equals(LAST) ? 1.3 : 1.0, LAST::equals,
                assessment -> assessment.level() == Level.HIGHER);
        assertThat(share).as("share of series whose 30%% rise is called higher: %.4f", share)
                .isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void aSteadyUpwardTrendIsNotCalledHigherThanUsual() {
        Function<YearMonth, Double> tenPercentAYear = month -> Math.pow(1.1,
                START.until(month, ChronoUnit.MONTHS) / 12.0);
        double higher = share(15, 25, 1, tenPercentAYear, UsualModelCalibrationTest::every,
                assessment -> assessment.level() == Level.HIGHER);
        double rising = share(15, 25, 1, tenPercentAYear, UsualModelCalibrationTest::every,
                assessment -> assessment.trend() == Trend.RISING);
        assertThat(higher).as("share of months of a +10%%-a-year series called higher: %.4f", higher)
                .isLessThanOrEqualTo(NOMINAL);
        assertThat(rising).as("share of months of a +10%%-a-year series called rising: %.4f", rising)
                .isLessThanOrEqualTo(NOMINAL);
    }

    @Test
    void aSeriesThatIsLowEveryAugustIsNotFlaggedInAugust() {
        double share = share(16, 40, 1, month -> month.getMonthValue() == 8 ? 0.6 : 1.0,
                month -> month.getMonthValue() == 8, UsualModelCalibrationTest::flagged);
        assertThat(share).as("share of Augusts (always 40%% down) called higher or lower: %.4f", share)
                .isLessThanOrEqualTo(NOMINAL);
    }

    @Test
    void aRecoveryFromALowIsCalledLowerAndRising() {
        // Down 40%, 30% and 15% in the last three months, at about 1,050 a month (a partnership's contacts).
        Function<YearMonth, Double> recovery = month -> month.equals(LAST.minusMonths(2)) ? 0.6
                : month.equals(LAST.minusMonths(1)) ? 0.7 : month.equals(LAST) ? 0.85 : 1.0;
        SyntheticSeries generator = new SyntheticSeries(17);
        int lowerAndRising = 0;
        int total = 100;
        for (int s = 0; s < total; s++) {
            List<MonthlyCount> series = generator.generate(START, MONTHS, 50, 1, recovery);
            Assessment assessment = model.assess(series, LAST, SeriesKind.COUNT);
            if (assessment.level() == Level.LOWER && assessment.trend() == Trend.RISING
                    && assessment.direction() == Direction.LOWER) {
                lowerAndRising++;
            }
        }
        double share = (double) lowerAndRising / total;
        assertThat(share).as("share of recoveries called lower, rising, direction lower: %.2f", share)
                .isGreaterThanOrEqualTo(0.9);
    }
}
