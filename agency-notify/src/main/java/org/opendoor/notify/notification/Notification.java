package org.opendoor.notify.notification;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.opendoor.model.Json;
import org.opendoor.model.NotificationSettled;
import org.opendoor.notify.directory.Channel;
import org.opendoor.notify.directory.RecipientKind;
import org.opendoor.notify.message.Notice;
import org.opendoor.notify.message.Purpose;

/**
 * One message to one recipient for one purpose, and the proof of its delivery. The rows are also the delivery
 * queue: a PENDING notification is due at {@code nextAttemptAt}, which a worker's claim moves to the end of its
 * lease. Its id is the delivery id of every attempt.
 */
@Entity
@Table(name = "notification")
public class Notification extends PanacheEntityBase {
    public static final String NO_RECIPIENT = "no recipient";
    /** Channel column of a notification that had nobody to go to. */
    private static final String NO_CHANNEL = "NONE";

    @Id
    private UUID id;
    @Column(updatable = false)
    private UUID eventId;
    @Column(updatable = false)
    private UUID referralId;
    @Column(updatable = false)
    private String reference;
    /** The front door known when it was planned: none for an acknowledgement planned before triage routed it. */
    @Column(updatable = false)
    private String localAuthority;
    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private Purpose purpose;
    @Column(updatable = false)
    private String recipient;
    @Column(updatable = false)
    private String channel;
    @Enumerated(EnumType.STRING)
    private NotificationStatus status;
    private int attempts;
    private Instant nextAttemptAt;
    @Column(updatable = false)
    private Instant dueBy;
    private Instant sentAt;
    private String lastError;
    @Column(updatable = false)
    private Instant createdAt;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(updatable = false)
    private String content;
    private boolean late;
    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private RecipientKind recipientKind;
    @Column(updatable = false)
    private String recipientKey;
    @Column(updatable = false)
    private String regarding;
    /** Set by migration V12 on repeats stored before the once-per-referral rule, which leaves them out. */
    @Column(insertable = false, updatable = false)
    private UUID repeatOf;

    protected Notification() {
    }

    /** The notification a plan stores: PENDING and due now, or FAILED at once when there is nobody to send it to. */
    static Notification planned(PlannedNotification p, Instant now) {
        Notification n = new Notification();
        n.id = UUID.randomUUID();
        n.eventId = p.eventId();
        n.referralId = p.referralId();
        n.reference = p.reference();
        n.localAuthority = p.localAuthority();
        n.purpose = p.purpose();
        n.recipient = p.recipientAddress();
        n.channel = p.recipient() != null ? p.recipient().channel().name() : NO_CHANNEL;
        n.status = p.recipient() != null ? NotificationStatus.PENDING : NotificationStatus.FAILED;
        n.lastError = p.recipient() != null ? null : NO_RECIPIENT;
        n.nextAttemptAt = now;
        n.createdAt = now;
        n.dueBy = p.dueBy();
        n.content = Json.write(p.notice());
        n.recipientKind = p.recipient() != null ? p.recipient().kind() : null;
        n.recipientKey = p.recipient() != null ? p.recipient().key() : null;
        n.regarding = p.regarding();
        return n;
    }

    /** Every notification of a referral, in the order they were planned. */
    public static List<Notification> ofReferral(UUID referralId) {
        return list("referralId", Sort.by("createdAt").and("purpose").and("recipient"), referralId);
    }

    /** The notification, locked, if it is still PENDING: a worker's outcome may change only such a one. */
    public static Optional<Notification> lockPending(UUID id) {
        return Notification.<Notification>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .filter(n -> n.status == NotificationStatus.PENDING);
    }

    /** Records a failed attempt; answers how many attempts have now been made. */
    public int attemptFailed(String error) {
        attempts++;
        lastError = error;
        return attempts;
    }

    public void retryAt(Instant at) {
        nextAttemptAt = at;
    }

    /** No more attempts will be made. */
    public void giveUp() {
        status = NotificationStatus.FAILED;
    }

    /** The event announcing that notify has finished with it; only for a notification SENT or FAILED. */
    public NotificationSettled settled(Instant at) {
        NotificationSettled.Outcome outcome = switch (status) {
            case SENT -> NotificationSettled.Outcome.SENT;
            case FAILED -> NotificationSettled.Outcome.FAILED;
            case PENDING -> throw new IllegalStateException("Notification " + id + " is not settled");
        };
        return new NotificationSettled(referralId, id, reference, localAuthority, purpose.name(), outcome, dueBy,
                sentAt, at);
    }

    /** What it says, as the purpose's notice. */
    public Notice notice() {
        return Json.read(content, purpose.notice());
    }

    public UUID id() {
        return id;
    }

    public UUID eventId() {
        return eventId;
    }

    public UUID referralId() {
        return referralId;
    }

    public String reference() {
        return reference;
    }

    public String localAuthority() {
        return localAuthority;
    }

    public Purpose purpose() {
        return purpose;
    }

    /** Email address or webhook URL; "none: whom we looked for" when the directory had nobody. */
    public String recipient() {
        return recipient;
    }

    /** Absent when there was nobody to send it to. */
    public Optional<Channel> channel() {
        return NO_CHANNEL.equals(channel) ? Optional.empty() : Optional.of(Channel.valueOf(channel));
    }

    public NotificationStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Instant dueBy() {
        return dueBy;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public boolean late() {
        return late;
    }

    public String lastError() {
        return lastError;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** The directory entry it was sent to, for what the channel needs beyond the address (a webhook's secret). */
    public Optional<RecipientKind> recipientKind() {
        return Optional.ofNullable(recipientKind);
    }

    public String recipientKey() {
        return recipientKey;
    }

    public String regarding() {
        return regarding;
    }

}
