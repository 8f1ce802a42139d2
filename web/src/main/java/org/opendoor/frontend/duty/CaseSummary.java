package org.opendoor.frontend.duty;

import io.quarkus.qute.TemplateData;
import java.time.Instant;
import java.util.UUID;

/** A row of the duty queue, as triage lists it. */
@TemplateData
public record CaseSummary(UUID caseId, UUID referralId, String reference, String localAuthority, String team,
        int level, String priority, String recommendedPathway, Instant receivedAt, Instant decisionDueAt,
        boolean overdue, String status, boolean postcodeOutsidePartnership, String routingBasis) {

    public CaseWords words() {
        return new CaseWords(priority, status, recommendedPathway);
    }
}
