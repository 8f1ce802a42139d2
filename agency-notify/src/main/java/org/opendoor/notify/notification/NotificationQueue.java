package org.opendoor.notify.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;
import org.opendoor.notify.directory.Directory;
import org.opendoor.notify.directory.Recipient;
import org.opendoor.notify.directory.RecipientKind;
import org.opendoor.notify.directory.RecipientRules;
import org.opendoor.notify.message.Notice;
import org.opendoor.notify.message.NotifyLinks;
import org.opendoor.notify.message.Purpose;
import org.opendoor.notify.referral.ReferralRecords;

/**
 * Stores planned notifications in the caller's transaction. A referral has one notification per purpose and
 * recipient (and {@code regarding}), whichever event planned it, so planning the same event again, or another event
 * that asks for the same notice, stores nothing new; DELIVERY_FAILED alerts are unique per failed notification
 * instead. A notification with nobody to go to is stored FAILED at once, announced as settled, and the duty manager
 * is told.
 *
 * <p>What the referral already has is read first ({@link ReferralPlans}) and only the rest is stored. Every
 * planning caller holds the referral's lock ({@code ReferralRecords.lock}), so no other transaction plans for it
 * meanwhile; the unique indexes (per event, V10; per referral, V12) still decide: a transaction that got past the
 * check anyway fails on them at commit, and its event is handled again, never stored twice.
 */
@ApplicationScoped
public class NotificationQueue {
    private static final Logger LOG = Logger.getLogger(NotificationQueue.class);

    private final Directory directory;
    private final NotificationMetrics metrics;
    private final NotifyLinks links;
    private final Event<NotificationsQueued> queued;
    private final ReferralRecords referrals;
    private final ReferralPlans planned;
    private final SettledNotifications settled;

    public NotificationQueue(Directory directory, NotificationMetrics metrics, NotifyLinks links,
            Event<NotificationsQueued> queued, ReferralRecords referrals, ReferralPlans planned,
            SettledNotifications settled) {
        this.directory = directory;
        this.settled = settled;
        this.referrals = referrals;
        this.planned = planned;
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
        int stored = 0;
        boolean toSend = false;
        for (PlannedNotification p : plans) {
            if (!planned.add(p)) {
                continue;
            }
            Notification n = Notification.planned(p, now);
            n.persist();
            stored++;
            if (p.recipient() == null) {
                metrics.failed(p.purpose(), NotificationMetrics.FailureReason.NO_RECIPIENT);
                settled.announce(List.of(n.settled(now)));
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
     * Tells the duty manager of the front door the referral is routed to now (else of the authority the notification
     * was planned for, else the partnership's front-door operations) that a notification failed, so someone tells the
     * recipient another way.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void alertDutyManager(Notification failed, String reason) {
        if (failed.purpose() == Purpose.DELIVERY_FAILED) {
            // an alert about an alert would loop; the failed metric and this log line are what is left
            LOG.errorf("Duty manager alert %s could not be delivered: %s", failed.id(), reason);
            return;
        }
        String authority = referrals.authorityOf(failed.referralId()).orElse(failed.localAuthority());
        Recipient manager = directory.find(RecipientKind.DUTY_MANAGER, authority)
                .or(() -> directory.find(RecipientKind.DUTY_MANAGER, RecipientRules.PARTNERSHIP)).orElse(null);
        Notice alert = new Notice.DeliveryFailed(failed.reference(), failed.purpose().name(), failed.recipient(),
                reason, links.notificationsOf(failed.referralId()));
        enqueueAll(List.of(new PlannedNotification(failed.id(), failed.referralId(), failed.reference(), authority,
                manager, "duty manager of " + authority, null, alert)));
    }
}
