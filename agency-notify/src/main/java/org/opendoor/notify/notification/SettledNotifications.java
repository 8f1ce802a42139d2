package org.opendoor.notify.notification;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.opendoor.messaging.Outbox;
import org.opendoor.model.EventEnvelope;
import org.opendoor.model.EventType;
import org.opendoor.model.NotificationSettled;

/**
 * Announces a notification notify has finished with (SENT, or FAILED for good) as {@link NotificationSettled},
 * through the service's outbox in the transaction that gives the notification that final state: the event exists
 * if and only if the state committed. A notification reaches a final state once (only a PENDING one may change), so
 * it is announced once. Keyed by referral, as every event; no recipient and no content.
 */
@ApplicationScoped
public class SettledNotifications {
    private final AgroalDataSource dataSource;

    SettledNotifications(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void announce(List<NotificationSettled> settled) {
        if (settled.isEmpty()) {
            return;
        }
        // the transaction's own connection (JTA hands back the one Hibernate uses), as the inbox
        try (Connection c = dataSource.getConnection()) {
            Outbox.append(c, settled.stream().map(s -> EventEnvelope.of(EventType.NOTIFICATION_SETTLED,
                    s.referralId(), null, s, s.settledAt())).toList());
        } catch (SQLException e) {
            throw new IllegalStateException("Could not announce " + settled.size() + " settled notification(s)", e);
        }
    }
}
