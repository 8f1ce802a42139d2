package org.opendoor.briefing.activity;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * OpenDoor's own counts of its measures, per measure, authority and month; and per authority the first month it
 * holds contacts for. Before that month OpenDoor knows nothing (unknown, not zero); from it, a month without a
 * matching record counts 0.
 */
public final class MonthlyTallies {
    private final Map<String, Map<String, Map<YearMonth, Long>>> counts = new HashMap<>();
    private final Map<String, YearMonth> firstMonths;

    MonthlyTallies(Map<String, YearMonth> firstMonths) {
        this.firstMonths = Map.copyOf(firstMonths);
    }

    void add(String measure, String authority, YearMonth month, long n) {
        counts.computeIfAbsent(measure, k -> new HashMap<>()).computeIfAbsent(authority, k -> new HashMap<>())
                .merge(month, n, Long::sum);
    }

    /** The count, when OpenDoor held the authority's contacts that month. */
    public Optional<Long> count(String measure, String authority, YearMonth month) {
        YearMonth first = firstMonths.get(authority);
        if (first == null || month.isBefore(first)) {
            return Optional.empty();
        }
        return Optional.of(counts.getOrDefault(measure, Map.of()).getOrDefault(authority, Map.of())
                .getOrDefault(month, 0L));
    }
}
