package org.opendoor.briefing.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.opendoor.briefing.measures.MeasureCatalogue;
import org.opendoor.briefing.usual.Assessment;
import org.opendoor.briefing.usual.ChangeDirection;
import org.opendoor.briefing.usual.Guard;
import org.opendoor.briefing.usual.Level;
import org.opendoor.briefing.usual.MonthChange;
import org.opendoor.briefing.usual.Trend;
import org.opendoor.model.JsonDataFile;

/** The words say only what the numbers support, and always show the numbers. */
class StatementsTest {
    private static final MeasureCatalogue CATALOGUE = JsonDataFile.shipped(MeasureCatalogue.SHIPPED,
            MeasureCatalogue.class);
    private static final YearMonth JUNE = YearMonth.of(2020, 6);

    @Test
    void lowerThanUsualAndRisingSaysBothWithTheNumbers() {
        assertThat(say("contacts", assessment(2410, 1, 3845.2, 3427, 4285, -34.5, Level.LOWER, Trend.RISING,
                ChangeDirection.UP, 2100), 2100.0)).isEqualTo("Contacts were lower than we would usually see in June: "
                        + "2,410 (expected 3,845, usual range 3,427 to 4,285). They were up on May (2,100) and are "
                        + "starting to increase over the last three months. That is 35% below the average of the last "
                        + "three Junes.");
    }

    @Test
    void upThisMonthButLowerThanUsualSaysBoth() {
        assertThat(say("contacts-category-exploitation", assessment(210, 1, 300, 250, 355, -31.0, Level.LOWER,
                Trend.STEADY, ChangeDirection.UP, 150), 150.0)).isEqualTo("New concerns about children at risk of "
                        + "exploitation were lower than we would usually see in June: 210 (expected 300, usual range "
                        + "250 to 355). They were up on May (150). That is 31% below the average of the last three "
                        + "Junes.");
    }

    @Test
    void withinTheUsualRangeSaysSoAndAChangeOnlyWhenItIsReal() {
        assertThat(say("contacts-category-domestic-abuse", assessment(500, 1, 480, 430, 535, 2.0, Level.USUAL,
                Trend.STEADY, ChangeDirection.SIMILAR, 495), 495.0)).isEqualTo("Contacts about domestic abuse were "
                        + "within the usual range for June: 500 (expected 480, usual range 430 to 535). That is 2% "
                        + "above the average of the last three Junes.");
        assertThat(say("contacts-category-domestic-abuse", assessment(530, 1, 480, 430, 535, null, Level.USUAL,
                Trend.STEADY, ChangeDirection.UP, 420), 420.0)).isEqualTo("Contacts about domestic abuse were "
                        + "within the usual range for June: 530 (expected 480, usual range 430 to 535). They were up "
                        + "on May (420).");
    }

    @Test
    void aPercentageIsWrittenAsOneWithItsRange() {
        assertThat(say("re-referral-rate", assessment(84, 391, 86.0, 70, 104, -3.1, Level.USUAL, Trend.FALLING,
                ChangeDirection.SIMILAR, 80), null)).isEqualTo("The re-referral rate was within the usual range for "
                        + "June: 21.5% (expected 22.0%, usual range 17.9% to 26.6%). It is starting to decrease over "
                        + "the last three months. That is 3% below the average of the last three Junes.");
    }

    @Test
    void tooFewToSayIsSaidPlainly() {
        assertThat(say("missing-episodes", new Assessment(JUNE, 4, 30, 3.5, 0L, 9L, null, Level.USUAL, Trend.STEADY,
                new MonthChange(5L, -20.0, ChangeDirection.SIMILAR), Guard.TOO_FEW, 15, false, 1.0), 5.0))
                .isEqualTo("Missing episodes were 4 in June: too few to say whether that is unusual.");
    }

    private static String say(String measure, Assessment a, Double previous) {
        return Statements.of(new Reading(CATALOGUE.measure(measure).orElseThrow(), JUNE, a, previous));
    }

    private static Assessment assessment(long count, double exposure, double expected, long low, long high,
            Double dfe, Level level, Trend trend, ChangeDirection change, long previous) {
        return new Assessment(JUNE, count, exposure, expected, low, high, dfe, level, trend,
                new MonthChange(previous, null, change), null, 15, false, 1.2);
    }
}
