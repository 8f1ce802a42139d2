package org.opendoor.briefing.usual;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A measure's months looked up by month; a month absent is unknown, not zero. */
final class MonthlySeries {
    private final Map<YearMonth, MonthlyCount> byMonth;

    MonthlySeries(List<MonthlyCount> series) {
        if (series == null) {
            throw new IllegalArgumentException("series is required");
        }
        byMonth = new HashMap<>(series.size() * 2);
        for (MonthlyCount count : series) {
            if (count == null) {
                throw new IllegalArgumentException("series must not contain null months");
            }
            if (byMonth.putIfAbsent(count.month(), count) != null) {
                throw new IllegalArgumentException("series has " + count.month() + " more than once");
            }
        }
    }

    Optional<MonthlyCount> get(YearMonth month) {
        return Optional.ofNullable(byMonth.get(month));
    }
}
