package org.opendoor.triage.cases;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;
import org.opendoor.model.Pathway;

/** The duty team's decision on a case: one per case (the primary key makes a second impossible). */
@Entity
public class CaseDecision {
    @Id
    private UUID caseId;
    @Enumerated(EnumType.STRING)
    private Pathway outcome;
    private String rationale;
    private String decidedBy;
    private Instant decidedAt;
    /** CIN census primary need code (N00101); null only for an NFA decision with nothing suggested. */
    private String primaryNeedCode;

    protected CaseDecision() {
    }

    /** @param rationale why, in the decider's words; null when none was given */
    CaseDecision(UUID caseId, Pathway outcome, String rationale, String primaryNeedCode, String decidedBy,
            Instant decidedAt) {
        this.primaryNeedCode = primaryNeedCode;
        this.caseId = caseId;
        this.outcome = outcome;
        this.rationale = rationale;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    CaseView.DecisionView view() {
        return new CaseView.DecisionView(outcome, rationale, primaryNeedCode, decidedBy, decidedAt);
    }
}
