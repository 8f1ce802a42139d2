package org.opendoor.model;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Payload of {@link Topics#CASE_TRANSFERRED}: a duty worker handed a case to the front door of an authority outside
 * the partnerships. {@code fromLocalAuthority} is the authority whose queue it left (null for a partnership hub).
 * The receiving authority's name and phone come from the list of English children's services front doors, so that
 * a notice can be sent, or, when nobody can be emailed, the duty worker can call. No narrative: the note stays on
 * the case.
 */
public record CaseTransferred(
        UUID referralId,
        UUID caseId,
        String reference,
        String fromLocalAuthority,
        String fromTeam,
        Priority priority,
        String toLocalAuthority,
        String toName,
        String toPhone,
        Instant transferredAt) implements ReferralEvent {

    public CaseTransferred {
        Objects.requireNonNull(referralId, "referralId is required");
        Objects.requireNonNull(reference, "reference is required");
        Objects.requireNonNull(toLocalAuthority, "toLocalAuthority is required");
        Objects.requireNonNull(toName, "toName is required");
    }
}
