package org.opendoor.briefing.report;

import java.time.YearMonth;
import java.util.List;
import org.opendoor.briefing.measures.Measure;

/**
 * Small-number suppression for figures that leave the partnership: a count from 1 to one below the threshold, or
 * a percentage whose numerator or denominator is that small, is hidden with everything that would give it away
 * (its expected value and range, the change from last month, the words). Zero is shown: it discloses no one.
 */
final class Publication {
    private final int below;

    Publication(int below) {
        this.below = below;
    }

    MeasureView suppress(MeasureView v, Measure m, YearMonth month) {
        boolean hide = small(v.count()) || small(v.denominator());
        // a percentage's chart points carry no counts to judge by: they go with this month's (README: suppression)
        List<MeasureView.Point> series = v.series().stream().map(p -> ("COUNT".equals(v.unit()) ? small(p.value())
                : hide) ? new MeasureView.Point(p.month(), null, p.expected(), p.usualLow(), p.usualHigh(),
                        p.excluded()) : p).toList();
        if (!hide) {
            return new MeasureView(v.measure(), v.title(), v.unit(), v.value(), v.count(), v.denominator(),
                    v.expected(), v.usualLow(), v.usualHigh(), v.dfeStylePercentChange(), v.direction(), v.level(),
                    v.trend(), v.changeFromLastMonth(), v.guard(), false, v.statement(), v.source(), v.chart(),
                    series);
        }
        return new MeasureView(v.measure(), v.title(), v.unit(), null, null, null, null, null, null, null, "USUAL",
                "USUAL", "STEADY", null, v.guard(), true, Statements.suppressed(m, month, below), v.source(),
                v.chart(), series);
    }

    private boolean small(Number n) {
        return n != null && n.longValue() > 0 && n.longValue() < below;
    }
}
