package org.opendoor.briefing.figures;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.opendoor.briefing.activity.OwnCounts;
import org.opendoor.briefing.areas.Area;
import org.opendoor.briefing.measures.Measure;

/** Loads an area's figures for a span of months: what was sent, and OpenDoor's own counts. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class MonthlyFigures {
    private final OwnCounts own;

    MonthlyFigures(OwnCounts own) {
        this.own = own;
    }

    public FigureTable of(Area area, List<Measure> measures, YearMonth from, YearMonth to) {
        List<String> codes = new ArrayList<>(area.authorities());
        if (!codes.contains(area.code())) {
            codes.add(area.code());
        }
        Map<String, SubmittedFigure> submitted = new HashMap<>();
        SubmittedFigure.<SubmittedFigure>list("area in ?1 and month between ?2 and ?3", codes, from.toString(),
                to.toString()).forEach(f -> submitted.put(FigureTable.key(f.area(), f.measure(),
                        YearMonth.parse(f.month())), f));
        return new FigureTable(area, submitted, own.count(measures, area.authorities(), from, to));
    }
}
