package org.opendoor.notify.transfer;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import org.opendoor.model.CaseTransferred;
import org.opendoor.model.EventEnvelope;
import org.opendoor.notify.delivery.NotificationQueue;
import org.opendoor.notify.referral.ReferralRecords;

/**
 * Tells the receiving authority's front door about a transferred case, or the sending front door to call it, once
 * per event (and once per referral and receiving authority). The notifications stay visible to the sending
 * authority's duty staff.
 */
@ApplicationScoped
public class CaseTransferredHandler {
    private final ReferralRecords records;
    private final TransferNotices notices;
    private final NotificationQueue queue;

    public CaseTransferredHandler(ReferralRecords records, TransferNotices notices,
            NotificationQueue queue) {
        this.records = records;
        this.notices = notices;
        this.queue = queue;
    }

    public void handle(Connection c, EventEnvelope event, CaseTransferred transferred) throws SQLException {
        records.lock(c, transferred.referralId());
        records.routedTo(c, transferred.referralId(), notices.sendingFrontDoor(transferred));
        queue.enqueueAll(c, notices.forTransferred(event.eventId(), event.occurredAt(), transferred));
    }
}
