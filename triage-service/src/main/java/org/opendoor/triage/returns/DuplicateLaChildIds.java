package org.opendoor.triage.returns;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Rule 8510: two child records with one LA child id; each of them is reported. */
final class DuplicateLaChildIds implements CensusRule {
    @Override
    public String code() {
        return "8510";
    }

    @Override
    public List<Hit> check(CensusReturn census) {
        Map<String, Long> counts = new HashMap<>();
        census.children().forEach(c -> counts.merge(String.valueOf(c.laChildId()), 1L, Long::sum));
        return census.children().stream().filter(c -> counts.get(String.valueOf(c.laChildId())) > 1)
                .map(c -> new Hit(c.laChildId(), null)).toList();
    }
}
