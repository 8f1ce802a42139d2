package org.opendoor.triage.returns;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the DfE rules say of an authority's return, for staff to fix at source before they send it. */
@Schema(name = "CensusValidation", description = "DfE CIN census validation of an authority's return")
public record CensusValidationView(
        @Schema(description = "ONS code of the authority", example = "E10000018") String localAuthority,
        @Schema(description = "Its DfE LA number (LEA)", example = "855") String laNumber,
        @Schema(description = "Collection year (its end)", example = "2026") int year,
        @Schema(description = "Reference date, 31 March of the year", example = "2026-03-31") LocalDate referenceDate,
        @Schema(description = "Children in the return", example = "12") int children,
        @Schema(description = "CINdetails (referrals) in the return", example = "14") int referrals,
        @Schema(description = "Errors: the DfE would refuse the return", example = "0") long errors,
        @Schema(description = "Queries: check, then amend or explain", example = "3") long queries,
        @Schema(description = "Every finding, child by child") List<CensusFinding> findings) {

    static CensusValidationView of(CensusReturn census, List<CensusFinding> findings) {
        return new CensusValidationView(census.localAuthority(), census.laNumber(), census.year().year(),
                census.year().referenceDate(), census.children().size(),
                census.children().stream().mapToInt(c -> c.referrals().size()).sum(),
                findings.stream().filter(f -> f.severity() == CensusFinding.Severity.ERROR).count(),
                findings.stream().filter(f -> f.severity() == CensusFinding.Severity.QUERY).count(), findings);
    }
}
