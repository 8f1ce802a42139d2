package org.opendoor.frontend.census;

import io.quarkus.qute.TemplateData;
import java.time.LocalDate;
import java.util.List;

/** triage-service's validation of an authority's CIN census return (its README): counts, then every finding. */
@TemplateData
public record CensusValidation(String localAuthority, String laNumber, int year, LocalDate referenceDate,
        int children, int referrals, long errors, long queries, List<Finding> findings) {
    public CensusValidation {
        findings = findings == null ? List.of() : List.copyOf(findings);
    }

    /** One DfE rule's result for one child, and for one referral where the rule is about one. */
    @TemplateData
    public record Finding(String laChildId, String reference, String rule, String severity, String message) {
        public boolean error() {
            return "ERROR".equals(severity);
        }

        /** GOV.UK tag words and colour: an error the DfE refuses, a query to check or explain. */
        public String tagText() {
            return error() ? "Error" : "Query";
        }

        public String tagClass() {
            return error() ? "govuk-tag--red" : "govuk-tag--yellow";
        }
    }
}
