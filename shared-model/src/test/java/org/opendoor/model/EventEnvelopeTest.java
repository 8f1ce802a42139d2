package org.opendoor.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventEnvelopeTest {
    private final UUID referralId = UUID.randomUUID();
    private final ReferralTriaged triaged = new ReferralTriaged(referralId, UUID.randomUUID(), "OD-2026-000001",
            "E10000018", "leicestershire-first-response", 4, Priority.RED, Pathway.IMMEDIATE_PROTECTION,
            Set.of(Flag.POLICE_STRATEGY_DISCUSSION), "llr-2026.1", Instant.parse("2026-11-20T12:00:00Z"),
            CaseStatus.AWAITING_DECISION, 0);

    @Test
    void survivesTheWireWithTypeTopicAndPayloadIntact() {
        EventEnvelope sent = EventEnvelope.of(EventType.REFERRAL_TRIAGED, referralId, null, triaged, Instant.now());

        EventEnvelope received = EventEnvelope.fromJson(sent.toJson());

        assertThat(received.eventId()).isEqualTo(sent.eventId());
        assertThat(received.topic()).isEqualTo(Topics.REFERRAL_TRIAGED);
        assertThat(received.correlationId()).as("defaults to the referral").isEqualTo(referralId);
        assertThat(received.payloadAs(ReferralTriaged.class)).isEqualTo(triaged);
    }

    @Test
    void refusesAPayloadOfTheWrongType() {
        assertThatThrownBy(() -> EventEnvelope.of(EventType.REFERRAL_RECEIVED, referralId, null, triaged, Instant.now()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ReferralReceived");
    }

    @Test
    void refusesAnUnknownEventTypeAndUnknownFields() {
        String json = EventEnvelope.of(EventType.REFERRAL_TRIAGED, referralId, null, triaged, Instant.now()).toJson();

        assertThatThrownBy(() -> EventEnvelope.fromJson(json.replace("ReferralTriaged", "Nope")).type())
                .hasMessageContaining("Unknown event type: Nope");
        assertThatThrownBy(() -> EventEnvelope.fromJson(json.replace("{\"eventId\"", "{\"extra\":1,\"eventId\"")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAnImpossibleLevel() {
        assertThatThrownBy(() -> new ReferralTriaged(referralId, null, "OD-2026-000001", null, null, 5, Priority.RED,
                Pathway.NFA, Set.of(), null, null, CaseStatus.AWAITING_DECISION, 0))
                .hasMessage("Invalid level: 5");
    }
}
