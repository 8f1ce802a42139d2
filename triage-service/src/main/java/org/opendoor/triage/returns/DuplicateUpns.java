package org.opendoor.triage.returns;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Rule 1520: two child records with one UPN (the same child twice in the index, most likely); each is reported. */
final class DuplicateUpns implements CensusRule {
    @Override
    public String code() {
        return "1520";
    }

    @Override
    public List<Hit> check(CensusReturn census) {
        Map<String, Long> counts = new HashMap<>();
        census.children().stream().filter(c -> c.upn() != null).forEach(c -> counts.merge(c.upn(), 1L, Long::sum));
        return census.children().stream().filter(c -> c.upn() != null && counts.get(c.upn()) > 1)
                .map(c -> new Hit(c.laChildId(), null)).toList();
    }
}
