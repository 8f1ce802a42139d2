package org.opendoor.triage.cases;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;

/** The rules ran again on a case and changed its recommendation: what changed ({field: {from, to}}) and why. */
@Entity
public class CaseRevision {
    @Embeddable
    record Id(UUID caseId, Instant revisedAt) {
    }

    @EmbeddedId
    private Id id;
    private String reason;
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    private Map<String, Map<String, String>> changes;

    protected CaseRevision() {
    }

    CaseRevision(UUID caseId, Instant revisedAt, String reason, Map<String, Map<String, String>> changes) {
        this.id = new Id(caseId, revisedAt);
        this.reason = reason;
        this.changes = Map.copyOf(changes);
    }
}
