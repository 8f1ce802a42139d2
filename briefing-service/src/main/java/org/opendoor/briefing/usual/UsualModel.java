package org.opendoor.briefing.usual;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * Weighs a month against what is usual for it: the expected value and usual range from the same month of prior
 * years, the DfE-style comparison beside it, the three-month trend and the change from last month, with guards so
 * small numbers and short histories never produce alarms.
 */
public final class UsualModel {
    private final UsualSettings settings;

    public UsualModel(UsualSettings settings) {
        if (settings == null) {
            throw new IllegalArgumentException("settings is required");
        }
        this.settings = settings;
    }

    /**
     * @param series the measure's months (any order, gaps allowed; months absent are unknown, not zero)
     * @param month  the month to assess; it must be in the series
     * @param kind   COUNT or RATE
     */
    public Assessment assess(List<MonthlyCount> series, YearMonth month, SeriesKind kind) {
        if (month == null) {
            throw new IllegalArgumentException("month is required");
        }
        if (kind == null) {
            throw new IllegalArgumentException("kind is required");
        }
        MonthlySeries months = new MonthlySeries(series);
        MonthlyCount current = months.get(month)
                .orElseThrow(() -> new IllegalArgumentException("series has no figure for " + month));
        Double dfeStyle = DfeStyleComparison.percentChange(months, month, kind, settings.dfeStyleYears());
        Optional<MonthlyCount> previous = months.get(month.minusMonths(1));

        Baseline baseline = Baseline.before(months, month, settings);
        if (!baseline.enough(settings)) {
            return new Assessment(month, current.count(), current.exposure(), null, null, null, dfeStyle,
                    Level.USUAL, Trend.STEADY, similar(previous, current, kind, 1), Guard.NO_BASELINE,
                    baseline.points().size(), false, Double.NaN);
        }
        Expectation expectation = Expectation.fit(baseline, current.exposure(), settings);
        UsualRange range = UsualRange.of(expectation, settings.predictionLevel());
        double dispersion = expectation.dispersion();
        boolean tooFew = expectation.expected() < settings.minimumExpected()
                && current.count() < settings.minimumExpected();
        Level level = tooFew ? Level.USUAL : range.levelOf(current.count());
        Trend trend = tooFew ? Trend.STEADY : trend(months, current, expectation);
        MonthChange change = tooFew ? similar(previous, current, kind, dispersion)
                : previous.map(before -> MonthOnMonth.between(before, current, kind, dispersion,
                        settings.trendSignificance())).orElse(MonthChange.unknown());
        return new Assessment(month, current.count(), current.exposure(), expectation.expected(), range.low(),
                range.high(), dfeStyle, level, trend, change, tooFew ? Guard.TOO_FEW : null,
                expectation.months(), expectation.trendKept(), dispersion);
    }

    /** The month before and the one before that, each against its own baseline; STEADY when either is unknown. */
    private Trend trend(MonthlySeries months, MonthlyCount current, Expectation expectation) {
        long[] counts = new long[3];
        Expectation[] expected = new Expectation[3];
        for (int back = 2; back >= 1; back--) {
            YearMonth earlier = current.month().minusMonths(back);
            Optional<MonthlyCount> count = months.get(earlier);
            Baseline baseline = Baseline.before(months, earlier, settings);
            if (count.isEmpty() || !baseline.enough(settings)) {
                return Trend.STEADY;
            }
            counts[2 - back] = count.get().count();
            expected[2 - back] = Expectation.fit(baseline, count.get().exposure(), settings);
        }
        counts[2] = current.count();
        expected[2] = expectation;
        return ThreeMonthTrend.of(counts, expected, expectation.dispersion(), settings.trendSignificance());
    }

    /** With a guard the change is reported but never called UP or DOWN. */
    private MonthChange similar(Optional<MonthlyCount> previous, MonthlyCount current, SeriesKind kind,
            double dispersion) {
        return previous.map(before -> {
            MonthChange change = MonthOnMonth.between(before, current, kind, dispersion,
                    settings.trendSignificance());
            return new MonthChange(change.previous(), change.percent(), ChangeDirection.SIMILAR);
        }).orElse(MonthChange.unknown());
    }
}
