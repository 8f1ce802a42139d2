package org.opendoor.briefing.report;

import java.time.YearMonth;
import java.util.List;

/** The briefing as the API gives it (briefing-service/README.md). */
public record BriefingView(YearMonth month, AreaView area, boolean complete, boolean published,
        List<Headline> headlines, List<SectionView> sections) {

    public record AreaView(String code, String name, String kind, List<String> authorities) {
    }

    public record Headline(String section, String measure, String statement) {
    }

    public record SectionView(String id, String title, List<MeasureView> measures) {
    }
}
