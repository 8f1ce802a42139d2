package org.opendoor.launcher.history;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Generated figures looked up by authority, month and measure, and summed over a partnership. */
final class Figures {
    private final Map<String, Long> values = new HashMap<>();

    Figures(List<HistoricFigure> figures) {
        for (HistoricFigure f : figures) {
            if (values.put(key(f.area(), f.month(), f.measure()), f.value()) != null) {
                throw new IllegalStateException("Two figures for " + f);
            }
        }
    }

    long of(String area, YearMonth month, String measure) {
        Long value = values.get(key(area, month, measure));
        if (value == null) {
            throw new IllegalArgumentException("No figure for " + area + " " + month + " " + measure);
        }
        return value;
    }

    long sum(List<String> areas, YearMonth month, String measure) {
        return areas.stream().mapToLong(area -> of(area, month, measure)).sum();
    }

    private static String key(String area, YearMonth month, String measure) {
        return area + "|" + month + "|" + measure;
    }
}
