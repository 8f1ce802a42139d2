package org.opendoor.notify.api;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opendoor.notify.delivery.Notification;

/** One notification as the API shows it: who was told what, how, and the proof of delivery. */
@Schema(description = "A notification for a referral and the proof of its delivery")
public record NotificationView(
        @Schema(description = "Notification id; also the X-OpenDoor-Delivery-Id of every attempt",
                example = "5b8f0a4e-8d7c-4a57-9b1e-3f0f2f3a6c11") UUID id,
        @Schema(description = "Why the recipient is told", example = "OPERATION_ENCOMPASS",
                enumeration = {"REFERRER_ACKNOWLEDGEMENT", "DUTY_ALERT", "POLICE_STRATEGY_DISCUSSION",
                    "OPERATION_ENCOMPASS", "MARAC_REFERRAL", "HEALTH_VISITOR", "REFERRER_FEEDBACK",
                    "SLA_ESCALATION", "TRANSFER_NOTICE", "TRANSFER_CALL_REQUIRED", "DELIVERY_FAILED"})
        String purpose,
        @Schema(description = "Email address or webhook URL; \"none: …\" when the directory had nobody",
                example = "dsl@100001.schools.opendoor.local") String recipient,
        @Schema(description = "How it was sent; absent when there was no recipient", example = "EMAIL",
                enumeration = {"EMAIL", "WEBHOOK", "GOVUK_NOTIFY"}) String channel,
        @Schema(description = "Delivery status", example = "SENT", enumeration = {"PENDING", "SENT", "FAILED"})
        String status,
        @Schema(description = "Delivery attempts made", example = "1") int attempts,
        @Schema(description = "When it must be delivered by (UTC), where a deadline applies",
                example = "2026-11-23T08:30:00Z") Instant dueBy,
        @Schema(description = "When the recipient accepted it (UTC)", example = "2026-11-22T19:02:11Z")
        Instant sentAt,
        @Schema(description = "Sent after its due time", example = "false") boolean late,
        @Schema(description = "Why the last attempt failed, e.g. \"no recipient\"", example = "webhook answered 503")
        String lastError,
        @Schema(description = "When it was planned (UTC)", example = "2026-11-22T19:02:10Z") Instant createdAt) {

    static NotificationView of(Notification n) {
        return new NotificationView(n.id(), n.purpose(), n.recipient(),
                Notification.NO_CHANNEL.equals(n.channel()) ? null : n.channel(), n.status(), n.attempts(),
                n.dueBy(), n.sentAt(), n.late(), n.lastError(), n.createdAt());
    }
}
