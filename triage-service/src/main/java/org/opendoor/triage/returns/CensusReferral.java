package org.opendoor.triage.returns;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One referral of a child, as the census CINdetails module has it. {@code referralNfa} is null while the case is
 * undecided; closure date and reason are known for a referral the front door closed (an NFA, advice or early-help
 * decision made by the reference date). {@code caseId} and {@code reference} are for staff, not the DfE.
 */
public record CensusReferral(
        UUID caseId,
        String reference,
        LocalDate referralDate,
        String referralSource,
        String primaryNeedCode,
        Boolean referralNfa,
        LocalDate closureDate,
        String reasonForClosure) {
}
