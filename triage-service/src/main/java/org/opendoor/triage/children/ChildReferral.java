package org.opendoor.triage.children;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import java.time.Instant;
import java.util.UUID;

/**
 * A confirmed link: this referral is about this child (matched exactly, or confirmed by a person), and counts in the
 * child's history.
 */
@Entity
public class ChildReferral {
    @Embeddable
    public record Id(UUID childId, UUID referralId) {
    }

    @EmbeddedId
    private Id id;
    private UUID caseId;
    private Instant receivedAt;
    private boolean policeDomesticAbuse;
    /** NHS_NUMBER, NAME_DOB_POSTCODE, NEW_CHILD or CONFIRMED_BY_PERSON. */
    private String linkedBy;

    protected ChildReferral() {
    }

    ChildReferral(Id id, UUID caseId, Instant receivedAt, boolean policeDomesticAbuse, String linkedBy) {
        this.id = id;
        this.caseId = caseId;
        this.receivedAt = receivedAt;
        this.policeDomesticAbuse = policeDomesticAbuse;
        this.linkedBy = linkedBy;
    }
}
