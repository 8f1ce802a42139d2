package org.opendoor.notify.referral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.opendoor.model.EventEnvelope;

/**
 * Events that came before the referral they need (topics are not ordered with each other). Kept until the
 * ReferralReceived event arrives, then planned and removed: never dropped, and never planned twice because the
 * notifications they produce are unique per (event, recipient, purpose). Callers hold the referral's lock.
 */
@ApplicationScoped
public class WaitingEvents {

    @Transactional(Transactional.TxType.MANDATORY)
    public void park(EventEnvelope event) {
        new WaitingEvent(event, Instant.now()).persist();
    }

    /** Removes and returns the referral's waiting events, oldest first. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<EventEnvelope> take(UUID referralId) {
        List<WaitingEvent> waiting = WaitingEvent.list("referralId", referralId);
        waiting.forEach(WaitingEvent::delete);
        return waiting.stream().map(WaitingEvent::event).sorted(Comparator.comparing(EventEnvelope::occurredAt))
                .toList();
    }
}
