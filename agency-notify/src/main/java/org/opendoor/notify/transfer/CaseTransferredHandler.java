package org.opendoor.notify.transfer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import org.opendoor.model.CaseTransferred;
import org.opendoor.model.EventEnvelope;
import org.opendoor.model.EventType;
import org.opendoor.notify.event.EventInbox;
import org.opendoor.notify.event.Payloads;
import org.opendoor.notify.notification.NotificationQueue;
import org.opendoor.notify.referral.ReferralRecords;

/**
 * Tells the receiving authority's front door about a transferred case, or the sending front door to call it, once
 * per event (and once per referral and receiving authority). The notifications stay visible to the sending
 * authority's duty staff.
 */
@ApplicationScoped
public class CaseTransferredHandler {
    private final EventInbox inbox;
    private final ReferralRecords records;
    private final TransferNotices notices;
    private final NotificationQueue queue;

    public CaseTransferredHandler(EventInbox inbox, ReferralRecords records, TransferNotices notices,
            NotificationQueue queue) {
        this.inbox = inbox;
        this.records = records;
        this.notices = notices;
        this.queue = queue;
    }

    @Transactional
    public void handle(EventEnvelope event) throws SQLException {
        if (!inbox.firstDelivery(event)) {
            return;
        }
        CaseTransferred transferred = Payloads.of(event, EventType.CASE_TRANSFERRED, CaseTransferred.class);
        Payloads.require(event, "referralId", transferred.referralId(), "reference", transferred.reference(),
                "toLocalAuthority", transferred.toLocalAuthority(), "toName", transferred.toName());
        records.lock(transferred.referralId());
        records.routedTo(transferred.referralId(), notices.sendingFrontDoor(transferred));
        queue.enqueueAll(notices.forTransferred(event.eventId(), event.occurredAt(), transferred));
    }
}
