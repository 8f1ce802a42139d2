package org.opendoor.frontend.census;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Findings grouped per child for the return page: children in triage's order, errors before queries. */
class ChildFindingsTest {
    private static CensusValidation.Finding finding(String child, String reference, String rule, String severity) {
        return new CensusValidation.Finding(child, reference, rule, severity, "rule " + rule);
    }

    @Test
    void eachChildsFindingsAreTogetherErrorsFirst() {
        List<ChildFindings> grouped = ChildFindings.group(List.of(
                finding("OD00000002", "OD-2026-000010", "8866", "QUERY"),
                finding("OD00000001", null, "4180", "ERROR"),
                finding("OD00000002", null, "4220", "ERROR"),
                finding("OD00000001", "OD-2026-000011", "8869Q", "QUERY"),
                finding("OD00000002", "OD-2026-000012", "8606", "ERROR")));

        assertThat(grouped).extracting(ChildFindings::laChildId, ChildFindings::errors, ChildFindings::queries)
                .containsExactly(tuple("OD00000002", 2L, 1L), tuple("OD00000001", 1L, 1L));
        assertThat(grouped.get(0).findings()).extracting(CensusValidation.Finding::rule)
                .containsExactly("4220", "8606", "8866");
        assertThat(grouped.get(1).findings()).extracting(CensusValidation.Finding::rule)
                .containsExactly("4180", "8869Q");
    }

    @Test
    void noFindingsNoChildren() {
        assertThat(ChildFindings.group(List.of())).isEmpty();
    }

    @Test
    void anErrorIsARedTagAndAQueryAYellowOne() {
        assertThat(finding("C", null, "1", "ERROR")).extracting(CensusValidation.Finding::tagText,
                CensusValidation.Finding::tagClass).containsExactly("Error", "govuk-tag--red");
        assertThat(finding("C", null, "1", "QUERY")).extracting(CensusValidation.Finding::tagText,
                CensusValidation.Finding::tagClass).containsExactly("Query", "govuk-tag--yellow");
    }
}
