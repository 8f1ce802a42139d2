package org.opendoor.triage.returns;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A rule broken by two child records sharing a value: 8510 one LA child id, 1520 one UPN (the same child twice in the
 * index, most likely). Each of the records is reported; a child without the value shares it with nobody.
 */
final class SharedChildValue implements CensusRule {
    private final String code;
    private final Function<CensusChild, String> value;

    private SharedChildValue(String code, Function<CensusChild, String> value) {
        this.code = code;
        this.value = value;
    }

    static SharedChildValue laChildId() {
        return new SharedChildValue("8510", c -> String.valueOf(c.laChildId()));
    }

    static SharedChildValue upn() {
        return new SharedChildValue("1520", CensusChild::upn);
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public List<Hit> check(CensusReturn census) {
        Map<String, Long> counts = new HashMap<>();
        census.children().stream().map(value).filter(v -> v != null).forEach(v -> counts.merge(v, 1L, Long::sum));
        return census.children().stream().filter(c -> value.apply(c) != null && counts.get(value.apply(c)) > 1)
                .map(c -> new Hit(c.laChildId(), null)).toList();
    }
}
