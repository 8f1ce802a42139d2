package org.opendoor.briefing.measures;

import java.time.YearMonth;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.opendoor.data.Required;

/**
 * The measures the briefing reports, in section order, and the periods left out of baselines: the data file
 * {@code briefing/measures.json} (an operator's file with the partnership's own measures takes its place). Read
 * once at start-up; a measure naming an unknown section or a percentage over an unknown count stops start-up.
 */
public record MeasureCatalogue(String source, List<Section> sections, List<Measure> measures,
        List<ExcludedPeriod> excludedPeriods) {
    public static final String SHIPPED = "briefing/measures.json";

    public MeasureCatalogue {
        Required.nonEmpty(sections, "sections");
        Required.nonEmpty(measures, "measures");
        excludedPeriods = excludedPeriods == null ? List.of() : List.copyOf(excludedPeriods);
        Set<String> sectionIds = new HashSet<>();
        for (Section s : sections) {
            if (!sectionIds.add(s.id())) {
                throw new IllegalArgumentException("section " + s.id() + " is listed twice");
            }
        }
        Map<String, Measure> byId = new LinkedHashMap<>();
        for (int i = 0; i < measures.size(); i++) {
            Measure m = measures.get(i);
            if (byId.put(m.id(), m) != null) {
                throw new IllegalArgumentException("measures[" + i + "] " + m.id() + " is listed twice");
            }
            if (!sectionIds.contains(m.section())) {
                throw new IllegalArgumentException("measures[" + i + "] " + m.id() + " names section " + m.section()
                        + ", not one of " + sectionIds.stream().sorted().toList());
            }
        }
        for (Measure m : measures) {
            if (m.unit() == Unit.PERCENT) {
                for (String part : List.of(m.numerator(), m.denominator())) {
                    Measure counted = byId.get(part);
                    if (counted == null || counted.unit() != Unit.COUNT) {
                        throw new IllegalArgumentException(m.id() + " is a percentage of " + part
                                + ", which is not a COUNT measure");
                    }
                }
            }
        }
        sections = List.copyOf(sections);
        measures = List.copyOf(measures);
    }

    public Optional<Measure> measure(String id) {
        return measures.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    public List<Measure> inSection(String sectionId) {
        return measures.stream().filter(m -> m.section().equals(sectionId)).toList();
    }

    public Set<String> submittableIds() {
        return measures.stream().filter(Measure::submittable).map(Measure::id)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    public boolean excluded(YearMonth month) {
        return excludedPeriods.stream().anyMatch(p -> p.includes(month));
    }
}
