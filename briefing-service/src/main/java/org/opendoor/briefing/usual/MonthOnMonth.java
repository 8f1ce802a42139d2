package org.opendoor.briefing.usual;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * The change from the previous month. UP or DOWN only when the rate ratio (count per exposure, so a month with
 * fewer working days is not a fall) differs from 1 more than chance: a z test on the log rate ratio with variance
 * φ(1/y₁ + 1/y₂), each count given half an event so that a month of 0 can be tested. The percentage itself is the
 * raw change of the value: the count for a COUNT series, count/exposure for a RATE series.
 */
final class MonthOnMonth {
    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1);

    private MonthOnMonth() {
    }

    static MonthChange between(MonthlyCount previous, MonthlyCount current, SeriesKind kind, double dispersion,
            double significance) {
        double before = value(previous, kind);
        double now = value(current, kind);
        Double percent = before == 0 ? null : 100 * (now - before) / before;
        double y1 = previous.count() + 0.5;
        double y2 = current.count() + 0.5;
        double logRatio = Math.log(y2 / current.exposure()) - Math.log(y1 / previous.exposure());
        double z = logRatio / Math.sqrt(dispersion * (1 / y1 + 1 / y2));
        double p = 2 * (1 - STANDARD_NORMAL.cumulativeProbability(Math.abs(z)));
        ChangeDirection direction = p >= significance ? ChangeDirection.SIMILAR
                : logRatio > 0 ? ChangeDirection.UP : ChangeDirection.DOWN;
        return new MonthChange(previous.count(), percent, direction);
    }

    static double value(MonthlyCount month, SeriesKind kind) {
        return kind == SeriesKind.RATE ? month.count() / month.exposure() : month.count();
    }
}
