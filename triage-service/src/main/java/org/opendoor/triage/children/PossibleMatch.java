package org.opendoor.triage.children;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.UUID;

/** A near match in the child index that a person must confirm or reject; never merged without them. */
@Entity
public class PossibleMatch {
    @Embeddable
    public record Id(UUID caseId, UUID childId, UUID matchedChildId) {
    }

    /** Where a person's review of a possible match stands. */
    public enum Status {
        UNCONFIRMED, CONFIRMED, REJECTED
    }

    @EmbeddedId
    private Id id;
    private String reason;
    @Enumerated(EnumType.STRING)
    private Status status;
    private String resolvedBy;
    private Instant resolvedAt;

    protected PossibleMatch() {
    }

    PossibleMatch(Id id, String reason) {
        this.id = id;
        this.reason = reason;
        this.status = Status.UNCONFIRMED;
    }

    /** A person's answer: the same child, or a different one. */
    public void resolve(boolean sameChild, String by, Instant at) {
        status = sameChild ? Status.CONFIRMED : Status.REJECTED;
        resolvedBy = by;
        resolvedAt = at;
    }

    public UUID childId() {
        return id.childId();
    }

    public UUID matchedChildId() {
        return id.matchedChildId();
    }

    public String reason() {
        return reason;
    }

    public Status status() {
        return status;
    }
}
