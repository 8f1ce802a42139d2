package org.opendoor.notify.support;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.opendoor.infra.TestInfrastructure;
import org.opendoor.messaging.KafkaClients;
import org.opendoor.model.CaseStatus;
import org.opendoor.model.CaseTransferred;
import org.opendoor.model.DashRiskLevel;
import org.opendoor.model.EventEnvelope;
import org.opendoor.model.EventType;
import org.opendoor.model.Flag;
import org.opendoor.model.Pathway;
import org.opendoor.model.Priority;
import org.opendoor.model.ReferralReceived;
import org.opendoor.model.ReferralSource;
import org.opendoor.model.ReferralTriaged;

/** Builds events as intake and triage publish them, and publishes them to the real broker. */
public final class Events {
    /** One case per referral, as triage opens it. */
    private static final Map<UUID, UUID> CASE_IDS = new java.util.concurrent.ConcurrentHashMap<>();

    private Events() {
    }

    public static void publish(EventEnvelope... events) throws Exception {
        try (KafkaProducer<String, String> producer = KafkaClients.producer(
                TestInfrastructure.shared().bootstrapServers(), "notify-test")) {
            for (EventEnvelope e : events) {
                producer.send(new ProducerRecord<>(e.topic(), e.referralId().toString(), e.toJson()))
                        .get(10, TimeUnit.SECONDS);
            }
        }
    }

    public static ReferralReceived.Child child(String first, String last, LocalDate dob, String urn,
            Boolean homeEducated) {
        return new ReferralReceived.Child(first, last, dob, null, "F", "9434765919", "A123456789012",
                new ReferralReceived.Address("12 Secret Lane", null, "Loughborough", "LE11 3TU"), urn, homeEducated);
    }

    public static ReferralReceived policeReferral(UUID referralId, String reference, String policeReference,
            List<ReferralReceived.Child> children) {
        return new ReferralReceived(referralId, reference, Instant.parse("2026-11-20T21:00:00Z"),
                ReferralSource.POLICE, "6", "FORCE:LEICS", children,
                new ReferralReceived.Concern("Neighbour heard shouting and things being broken; long narrative.",
                        List.of(org.opendoor.model.ConcernCategory.DOMESTIC_ABUSE), List.of(), false,
                        Instant.parse("2026-11-20T18:30:00Z")),
                new ReferralReceived.Referrer(false, "PC Officer", "Officer", "Leicestershire Police", "0116",
                        "officer-" + reference.toLowerCase() + "@leics.police.uk", "none", true),
                new ReferralReceived.PoliceIncident(policeReference, Instant.parse("2026-11-20T18:30:00Z"),
                        DashRiskLevel.HIGH, 15, true, "Said she hid under the bed", "LEICS", "Home address",
                        "Verbal and physical altercation between adults", Map.of("1", "YES", "2", "NO", "10", "YES")), false, null);
    }

    public static ReferralReceived publicReferral(UUID referralId, String reference) {
        return new ReferralReceived(referralId, reference, Instant.parse("2026-11-20T21:00:00Z"),
                ReferralSource.PUBLIC, "9", null, List.of(child("Sam", "Doe", null, null, null)),
                new ReferralReceived.Concern("A child left alone", List.of(), List.of(), true, null),
                new ReferralReceived.Referrer(true, null, null, null, null, null, null, null), null, false, null);
    }

    public static ReferralTriaged triaged(ReferralReceived r, String la, Priority priority, Set<Flag> flags) {
        return triagedIn(r, la, "team-" + la, priority, flags);
    }

    /** Triaged into a team's queue; {@code la} null for a partnership hub's case no authority holds yet. */
    public static ReferralTriaged triagedIn(ReferralReceived r, String la, String team, Priority priority,
            Set<Flag> flags) {
        return new ReferralTriaged(r.referralId(), CASE_IDS.computeIfAbsent(r.referralId(), id -> UUID.randomUUID()),
                r.reference(), la, team, 4, priority, Pathway.S47_STRATEGY_DISCUSSION, flags, "test",
                Instant.parse("2026-11-21T09:00:00Z"), CaseStatus.AWAITING_DECISION, 0);
    }

    /** Handed by a duty worker to another authority's front door; {@code fromLa} null when it left a hub. */
    public static CaseTransferred transferred(ReferralReceived r, String fromLa, String fromTeam, Priority priority,
            String toLa, String toName, String toPhone, Instant at) {
        return new CaseTransferred(r.referralId(), CASE_IDS.computeIfAbsent(r.referralId(), id -> UUID.randomUUID()),
                r.reference(), fromLa, fromTeam, priority, toLa, toName, toPhone, at);
    }

    public static EventEnvelope envelope(EventType type, UUID referralId, Object payload, Instant at) {
        return EventEnvelope.of(type, referralId, null, payload, at);
    }
}
