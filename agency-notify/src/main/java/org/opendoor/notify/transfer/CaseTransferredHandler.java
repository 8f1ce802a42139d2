package org.opendoor.notify.transfer;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import org.opendoor.messaging.Inbox;
import org.opendoor.model.CaseTransferred;
import org.opendoor.model.EventEnvelope;
import org.opendoor.model.EventType;
import org.opendoor.notify.Messaging;
import org.opendoor.notify.delivery.NotificationQueue;
import org.opendoor.notify.referral.Payloads;
import org.opendoor.notify.referral.ReferralRecords;

/**
 * Tells the receiving authority's front door about a transferred case, or the sending front door to call it, once
 * per event (and once per referral and receiving authority). The notifications stay visible to the sending
 * authority's duty staff.
 */
@ApplicationScoped
public class CaseTransferredHandler {
    private final AgroalDataSource dataSource;
    private final ReferralRecords records;
    private final TransferNotices notices;
    private final NotificationQueue queue;

    public CaseTransferredHandler(AgroalDataSource dataSource, ReferralRecords records, TransferNotices notices,
            NotificationQueue queue) {
        this.dataSource = dataSource;
        this.records = records;
        this.notices = notices;
        this.queue = queue;
    }

    @Transactional
    public void handle(EventEnvelope event) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            if (!Inbox.firstDelivery(c, Messaging.CONSUMER, event.eventId())) {
                return;
            }
            CaseTransferred transferred = Payloads.of(event, EventType.CASE_TRANSFERRED, CaseTransferred.class);
            Payloads.require(event, "referralId", transferred.referralId(), "reference", transferred.reference(),
                    "toLocalAuthority", transferred.toLocalAuthority(), "toName", transferred.toName());
            records.lock(c, transferred.referralId());
            records.routedTo(c, transferred.referralId(), notices.sendingFrontDoor(transferred));
            queue.enqueueAll(c, notices.forTransferred(event.eventId(), event.occurredAt(), transferred));
        }
    }
}
