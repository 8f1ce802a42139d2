package org.opendoor.notify.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.opendoor.notify.directory.Directory;
import org.opendoor.notify.directory.Recipient;
import org.opendoor.notify.directory.RecipientKind;
import org.opendoor.notify.directory.RecipientRules;
import org.opendoor.notify.message.Notice;
import org.opendoor.notify.message.NotifyLinks;
import org.opendoor.notify.message.Purpose;

/**
 * Stores planned notifications in the caller's transaction. A referral has one notification per purpose and
 * recipient (and {@code regarding}), whichever event planned it, so planning the same event again, or another event
 * that asks for the same notice, stores nothing new; DELIVERY_FAILED alerts are unique per failed notification
 * instead. A notification with nobody to go to is stored FAILED at once and the duty manager is told.
 *
 * <p>What the referral already has is read first and only the rest is stored. Every caller holds the referral's
 * lock ({@code ReferralRecords.lock}), so no other transaction plans for it meanwhile; the unique indexes
 * (per event, V10; per referral, V12) still decide: a transaction that got past the check anyway fails on them at
 * commit, and its event is handled again, never stored twice.
 */
@ApplicationScoped
public class NotificationQueue {
    private static final Logger LOG = Logger.getLogger(NotificationQueue.class);

    private final Directory directory;
    private final NotificationMetrics metrics;
    private final NotifyLinks links;
    private final Event<NotificationsQueued> queued;

    public NotificationQueue(Directory directory, NotificationMetrics metrics, NotifyLinks links,
            Event<NotificationsQueued> queued) {
        this.directory = directory;
        this.metrics = metrics;
        this.links = links;
        this.queued = queued;
    }

    /**
     * Stores the notifications except those the referral already has; answers how many were stored now. Earlier
     * ones win when two would go to the same recipient for the same purpose.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int enqueueAll(List<PlannedNotification> plans) {
        if (plans.isEmpty()) {
            return 0;
        }
        Instant now = Instant.now();
        Set<UUID> referrals = new HashSet<>();
        Set<Object> planned = new HashSet<>();
        int stored = 0;
        boolean toSend = false;
        for (PlannedNotification p : plans) {
            if (referrals.add(p.referralId())) {
                alreadyPlanned(p.referralId()).forEach(key -> key.addTo(planned));
            }
            Key key = new Key(p.eventId(), p.purpose(), p.recipientAddress(), p.regarding(), null);
            if (key.isIn(planned)) {
                continue;
            }
            key.addTo(planned);
            Notification n = Notification.planned(p, now);
            n.persist();
            stored++;
            if (p.recipient() == null) {
                metrics.failed(p.purpose(), NotificationMetrics.FailureReason.NO_RECIPIENT);
                alertDutyManager(n, Notification.NO_RECIPIENT);
            } else {
                toSend = true;
            }
        }
        if (toSend) {
            queued.fire(new NotificationsQueued());
        }
        return stored;
    }

    /**
     * Tells the duty manager of the referral's authority (or the partnership's front-door operations while the
     * authority is not known) that a notification failed, so someone tells the recipient another way.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void alertDutyManager(Notification failed, String reason) {
        if (failed.purpose() == Purpose.DELIVERY_FAILED) {
            // an alert about an alert would loop; the failed metric and this log line are what is left
            LOG.errorf("Duty manager alert %s could not be delivered: %s", failed.id(), reason);
            return;
        }
        String authority = failed.localAuthority();
        Recipient manager = directory.find(RecipientKind.DUTY_MANAGER, authority)
                .or(() -> directory.find(RecipientKind.DUTY_MANAGER, RecipientRules.PARTNERSHIP)).orElse(null);
        Notice alert = new Notice.DeliveryFailed(failed.reference(), failed.purpose().name(), failed.recipient(),
                reason, links.notificationsOf(failed.referralId()));
        enqueueAll(List.of(new PlannedNotification(failed.id(), failed.referralId(), failed.reference(), authority,
                manager, "duty manager of " + authority, null, alert)));
    }

    /** When triage routes a referral, notifications stored before it (the acknowledgement) join its authority. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void assignAuthority(UUID referralId, String localAuthority) {
        Notification.update("localAuthority = ?1 where referralId = ?2 and localAuthority is null", localAuthority,
                referralId);
    }

    private static List<Key> alreadyPlanned(UUID referralId) {
        return Notification.getEntityManager().createQuery("""
                select n.eventId, n.purpose, n.recipient, n.regarding, n.repeatOf
                from Notification n where n.referralId = ?1""", Key.class).setParameter(1, referralId)
                .getResultList();
    }

    /**
     * What makes a notification the same as one stored: the unique indexes of V10 and V12 ({@code repeatOf} is set
     * on repeats stored before V12, which the per-referral rule leaves out).
     */
    record Key(UUID eventId, Purpose purpose, String recipient, String regarding, UUID repeatOf) {
        /** Once per event, recipient and purpose; once per referral, purpose, recipient and regarding. */
        void addTo(Set<Object> planned) {
            planned.add(List.of(eventId, recipient, purpose));
            if (purpose != Purpose.DELIVERY_FAILED && repeatOf == null) {
                planned.add(List.of(purpose, recipient, regarding));
            }
        }

        boolean isIn(Set<Object> planned) {
            return planned.contains(List.of(eventId, recipient, purpose))
                    || purpose != Purpose.DELIVERY_FAILED && planned.contains(List.of(purpose, recipient, regarding));
        }
    }
}
