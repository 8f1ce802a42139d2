package org.opendoor.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Event records check themselves, so a consumer that reads one has what it needs or knows the event is poison. */
class EventRecordsTest {
    private final UUID referralId = UUID.randomUUID();

    @Test
    void anEventWithoutWhatEveryConsumerNeedsCannotBeMade() {
        assertThatThrownBy(() -> new ReferralTriaged(referralId, null, null, null, null, 2, Priority.RED,
                Pathway.NFA, Set.of(), null, null, CaseStatus.AWAITING_DECISION, 0))
                .hasMessage("reference is required");
        assertThatThrownBy(() -> new ReferralDecided(referralId, null, "OD-2026-000001", null, null, null))
                .hasMessage("outcome is required");
        assertThatThrownBy(() -> new CaseEscalated(null, null, "OD-2026-000001", null, null, null, null, null))
                .hasMessage("referralId is required");
        assertThatThrownBy(() -> new CaseTransferred(referralId, null, "OD-2026-000001", null, null, null,
                "E09000033", null, null, null)).hasMessage("toName is required");
        assertThatThrownBy(() -> new ReferralReceived(referralId, "OD-2026-000001", Instant.now(),
                ReferralSource.PUBLIC, "9", null, List.of(new ReferralReceived.Child("Amy", null, null, 6, null, null,
                        null, null, null, null)), null, null, null, false, null))
                .hasMessage("concern is required");
    }

    @Test
    void aPayloadThatDoesNotReadIsRefusedWithTheReason() {
        EventEnvelope broken = EventEnvelope.fromJson("""
                {"eventId": "%s", "eventType": "ReferralDecided", "schemaVersion": 1,
                 "occurredAt": "2026-12-01T10:00:00Z", "referralId": "%s",
                 "payload": {"referralId": "%s", "reference": "OD-2026-000001"}}"""
                .formatted(UUID.randomUUID(), referralId, referralId));

        assertThatThrownBy(() -> broken.payloadAs(ReferralDecided.class))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outcome is required");
    }

    @Test
    void everyPayloadNamesItsReferral() {
        for (EventType type : EventType.values()) {
            assertThat(ReferralEvent.class.isAssignableFrom(type.payloadType())).as(type.typeName()).isTrue();
        }
    }
}
