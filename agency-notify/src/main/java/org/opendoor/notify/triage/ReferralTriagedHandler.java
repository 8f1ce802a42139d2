package org.opendoor.notify.triage;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.opendoor.messaging.Inbox;
import org.opendoor.messaging.PoisonEventException;
import org.opendoor.model.EventEnvelope;
import org.opendoor.model.EventType;
import org.opendoor.model.Json;
import org.opendoor.model.ReferralTriaged;
import org.opendoor.notify.Messaging;
import org.opendoor.notify.delivery.DeliveryWorker;
import org.opendoor.notify.delivery.DutyTeams;
import org.opendoor.notify.delivery.Notification;

/** Decides who must be told about a triaged referral and queues those notifications, once per event. */
@ApplicationScoped
public class ReferralTriagedHandler {
    private final AgroalDataSource dataSource;
    private final DutyTeams dutyTeams;
    private final DeliveryWorker worker;

    public ReferralTriagedHandler(AgroalDataSource dataSource, DutyTeams dutyTeams, DeliveryWorker worker) {
        this.dataSource = dataSource;
        this.dutyTeams = dutyTeams;
        this.worker = worker;
    }

    @Transactional
    public void handle(EventEnvelope event) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            if (!Inbox.firstDelivery(connection, Messaging.CONSUMER, event.eventId())) {
                return;
            }
        }
        if (event.type() != EventType.REFERRAL_TRIAGED) {
            throw new PoisonEventException("Expected ReferralTriaged, got " + event.eventType());
        }
        ReferralTriaged triaged;
        try {
            triaged = event.payloadAs(ReferralTriaged.class);
        } catch (IllegalArgumentException e) {
            throw new PoisonEventException(e.getMessage(), e);
        }
        Notification alert = new Notification();
        alert.id = UUID.randomUUID();
        alert.eventId = event.eventId();
        alert.referralId = triaged.referralId();
        alert.reference = triaged.reference();
        alert.localAuthority = triaged.localAuthority();
        alert.purpose = "DUTY_ALERT";
        alert.channel = "EMAIL";
        alert.recipient = dutyTeams.emailOf(triaged.localAuthority()).orElse("");
        alert.status = alert.recipient.isEmpty() ? Notification.FAILED : Notification.PENDING;
        alert.lastError = alert.recipient.isEmpty() ? "no recipient" : null;
        alert.createdAt = Instant.now();
        alert.nextAttemptAt = alert.createdAt;
        alert.dueBy = triaged.decisionDueAt();
        alert.content = Json.write(Map.of(
                "reference", triaged.reference(),
                "priority", triaged.priority().name(),
                "level", triaged.level(),
                "pathway", triaged.recommendedPathway().name(),
                "dueBy", String.valueOf(triaged.decisionDueAt())));
        alert.persist();
        worker.wakeAfterCommit();
    }
}
