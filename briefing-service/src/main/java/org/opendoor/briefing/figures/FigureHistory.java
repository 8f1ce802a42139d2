package org.opendoor.briefing.figures;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A sent figure's current value and every version it has had, oldest first. */
public record FigureHistory(String month, long value, String source, String submittedBy, String organisation,
        Instant submittedAt, List<Revision> revisions) {

    public record Revision(int revision, long value, String source, String submittedBy, String organisation,
            Instant submittedAt) {
    }

    static List<FigureHistory> of(List<FigureRevision> revisions) {
        Map<String, List<FigureRevision>> byMonth = new LinkedHashMap<>();
        revisions.forEach(r -> byMonth.computeIfAbsent(r.month(), k -> new ArrayList<>()).add(r));
        return byMonth.values().stream().map(versions -> {
            FigureRevision last = versions.get(versions.size() - 1);
            return new FigureHistory(last.month(), last.value(), last.source(), last.submittedBy(),
                    last.organisation(), last.submittedAt(), versions.stream().map(r -> new Revision(r.revision(),
                            r.value(), r.source(), r.submittedBy(), r.organisation(), r.submittedAt())).toList());
        }).toList();
    }
}
