package org.opendoor.briefing.activity;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.opendoor.model.CaseStatus;
import org.opendoor.model.ConcernCategory;
import org.opendoor.model.EventEnvelope;
import org.opendoor.model.EventType;
import org.opendoor.model.NotificationSettled;
import org.opendoor.model.Pathway;
import org.opendoor.model.Priority;
import org.opendoor.model.ReferralDecided;
import org.opendoor.model.ReferralReceived;
import org.opendoor.model.ReferralSource;
import org.opendoor.model.ReferralTriaged;

/** The events of one contact as the briefing hears them, with no more detail than it keeps. */
final class ContactEvents {
    final UUID referralId = UUID.randomUUID();
    private final String authority;
    private final Instant receivedAt;
    private final String sourceCode;
    private final List<ConcernCategory> categories;

    ContactEvents(String authority, String receivedAt, String sourceCode, ConcernCategory... categories) {
        this.authority = authority;
        this.receivedAt = Instant.parse(receivedAt);
        this.sourceCode = sourceCode;
        this.categories = List.of(categories);
    }

    EventEnvelope received() {
        ReferralReceived r = new ReferralReceived(referralId, "OD-TEST-" + referralId.toString().substring(0, 6),
                receivedAt, ReferralSource.PROFESSIONAL, sourceCode, "ORG:TEST",
                List.of(new ReferralReceived.Child(null, null, null, 7, null, null, null, null, null, null)),
                new ReferralReceived.Concern("not kept", categories, List.of(), false, receivedAt), null, null,
                false, null);
        return EventEnvelope.of(EventType.REFERRAL_RECEIVED, referralId, null, r, receivedAt);
    }

    EventEnvelope triaged(Priority priority, UUID... children) {
        ReferralTriaged t = new ReferralTriaged(referralId, UUID.randomUUID(), "OD-TEST", authority, "team", 3,
                priority, Pathway.S17_ASSESSMENT, Set.of(), "test-1", receivedAt.plusSeconds(86_400),
                CaseStatus.AWAITING_DECISION, 0, List.of(children));
        return EventEnvelope.of(EventType.REFERRAL_TRIAGED, referralId, null, t, receivedAt);
    }

    EventEnvelope decided(Pathway outcome, String decidedAt) {
        ReferralDecided d = new ReferralDecided(referralId, UUID.randomUUID(), "OD-TEST", authority, outcome,
                Instant.parse(decidedAt));
        return EventEnvelope.of(EventType.REFERRAL_DECIDED, referralId, null, d, Instant.parse(decidedAt));
    }

    EventEnvelope notice(String purpose, String dueBy, String sentAt) {
        Instant sent = sentAt == null ? null : Instant.parse(sentAt);
        Instant due = Instant.parse(dueBy);
        NotificationSettled s = new NotificationSettled(referralId, UUID.randomUUID(), "OD-TEST", authority, purpose,
                sent == null ? NotificationSettled.Outcome.FAILED : NotificationSettled.Outcome.SENT, due, sent,
                sent == null ? due : sent);
        return EventEnvelope.of(EventType.NOTIFICATION_SETTLED, referralId, null, s, s.settledAt());
    }
}
