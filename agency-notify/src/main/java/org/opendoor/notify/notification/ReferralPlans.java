package org.opendoor.notify.notification;

import io.agroal.api.AgroalDataSource;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.opendoor.notify.message.Purpose;

/**
 * The notifications each referral has, as this transaction knows them: their keys read once per referral on the
 * transaction's connection, plus those the transaction has stored since, which Hibernate writes at commit. Knowing
 * its own, the transaction need not write them out before it reads, so a batch of events costs one flush, not one
 * per event.
 */
@TransactionScoped
class ReferralPlans {
    private static final String STORED =
            "SELECT event_id, purpose, recipient, regarding, repeat_of FROM notification WHERE referral_id = ?";

    @Inject
    AgroalDataSource dataSource;

    private final Map<UUID, Set<List<Object>>> byReferral = new HashMap<>();

    /** True, and remembered, when the referral has no such notification yet (by the unique indexes of V10 and V12). */
    boolean add(PlannedNotification p) {
        Set<List<Object>> planned = byReferral.get(p.referralId());
        if (planned == null) {
            planned = stored(p.referralId());
            byReferral.put(p.referralId(), planned);
        }
        List<Object> perEvent = List.of(p.eventId(), p.recipientAddress(), p.purpose());
        List<Object> perReferral = List.of(p.purpose(), p.recipientAddress(), p.regarding());
        boolean oncePerReferral = p.purpose() != Purpose.DELIVERY_FAILED;
        if (planned.contains(perEvent) || oncePerReferral && planned.contains(perReferral)) {
            return false;
        }
        planned.add(perEvent);
        if (oncePerReferral) {
            planned.add(perReferral);
        }
        return true;
    }

    private Set<List<Object>> stored(UUID referralId) {
        Set<List<Object>> keys = new HashSet<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(STORED)) {
            q.setObject(1, referralId);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    UUID eventId = rs.getObject(1, UUID.class);
                    Purpose purpose = Purpose.valueOf(rs.getString(2));
                    String recipient = rs.getString(3);
                    keys.add(List.of(eventId, recipient, purpose));
                    // repeats stored before V12, and duty manager alerts, are left out of the once-per-referral rule
                    if (purpose != Purpose.DELIVERY_FAILED && rs.getObject(5) == null) {
                        keys.add(List.of(purpose, recipient, rs.getString(4)));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the notifications of referral " + referralId, e);
        }
        return keys;
    }
}
