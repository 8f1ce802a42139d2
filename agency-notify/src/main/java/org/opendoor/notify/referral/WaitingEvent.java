package org.opendoor.notify.referral;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.opendoor.model.EventEnvelope;

/** An event that came before the referral it needs, kept whole until the referral arrives. */
@Entity
@Table(name = "waiting_event")
@Immutable
class WaitingEvent extends PanacheEntityBase {
    @Id
    private UUID eventId;
    private UUID referralId;
    private String event;
    private Instant waitingSince;

    protected WaitingEvent() {
    }

    WaitingEvent(EventEnvelope event, Instant now) {
        this.eventId = event.eventId();
        this.referralId = event.referralId();
        this.event = event.toJson();
        this.waitingSince = now;
    }

    EventEnvelope event() {
        return EventEnvelope.fromJson(event);
    }
}
