package org.opendoor.triage.cases;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;
import org.opendoor.model.EnglishAuthorities;

/** A case handed to the front door of an authority outside the partnerships: once, with the note for its team. */
@Entity
public class CaseTransfer {
    @Id
    private UUID caseId;
    private String toLocalAuthority;
    private String toName;
    private String toPhone;
    private String note;
    private String transferredBy;
    private Instant transferredAt;

    protected CaseTransfer() {
    }

    CaseTransfer(UUID caseId, EnglishAuthorities.Authority to, String note, String transferredBy, Instant at) {
        this.caseId = caseId;
        this.toLocalAuthority = to.onsCode();
        this.toName = to.name();
        this.toPhone = to.frontDoorPhone();
        this.note = note;
        this.transferredBy = transferredBy;
        this.transferredAt = at;
    }

    CaseView.TransferView view() {
        return new CaseView.TransferView(toLocalAuthority, toName, toPhone, note, transferredBy, transferredAt);
    }
}
