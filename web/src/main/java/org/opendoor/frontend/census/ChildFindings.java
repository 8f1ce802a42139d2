package org.opendoor.frontend.census;

import io.quarkus.qute.TemplateData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The findings of one child (by LA child id), in the order triage gave them, children in the order they first
 * appear; errors before queries within a child, so what the DfE would refuse is read first.
 */
@TemplateData
public record ChildFindings(String laChildId, List<CensusValidation.Finding> findings) {
    public long errors() {
        return findings.stream().filter(CensusValidation.Finding::error).count();
    }

    public long queries() {
        return findings.size() - errors();
    }

    public static List<ChildFindings> group(List<CensusValidation.Finding> findings) {
        Map<String, List<CensusValidation.Finding>> byChild = new LinkedHashMap<>();
        for (CensusValidation.Finding f : findings) {
            byChild.computeIfAbsent(f.laChildId() == null ? "" : f.laChildId(), k -> new ArrayList<>()).add(f);
        }
        List<ChildFindings> grouped = new ArrayList<>();
        byChild.forEach((child, list) -> {
            List<CensusValidation.Finding> ordered = new ArrayList<>(list.stream().filter(CensusValidation.Finding::error)
                    .toList());
            ordered.addAll(list.stream().filter(f -> !f.error()).toList());
            grouped.add(new ChildFindings(child, List.copyOf(ordered)));
        });
        return List.copyOf(grouped);
    }
}
