package org.opendoor.notify.referral;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

/**
 * Notify's copy of each received referral's {@link ReferralFacts}, and the front door each referral was routed to.
 * Writers hold the referral's lock, so reading first and then writing is safe.
 */
@ApplicationScoped
public class ReferralRecords {
    private final AgroalDataSource dataSource;

    public ReferralRecords(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Serialises the work on one referral across consumers and instances, until this transaction ends. A
     * PostgreSQL advisory lock on the transaction's connection (JDBC, as the inbox: it reads and writes no table).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lock(UUID referralId) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
            lock.setLong(1, referralId.getMostSignificantBits() ^ referralId.getLeastSignificantBits());
            lock.execute();
        }
    }

    /**
     * Keeps the referral's facts; a referral received again keeps the first (the record's insert does nothing on a
     * conflict). Received twice in one transaction, the second persist fails the transaction, and the consumer then
     * handles the events one transaction each.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void save(ReferralFacts r) {
        new ReferralRecord(r).persist();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<ReferralFacts> find(UUID referralId) {
        return ReferralRecord.<ReferralRecord>findByIdOptional(referralId).map(ReferralRecord::facts);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void routedTo(UUID referralId, String frontDoor) {
        ReferralAuthority routed = ReferralAuthority.findById(referralId);
        if (routed == null) {
            new ReferralAuthority(referralId, frontDoor).persist();
        } else {
            routed.routeTo(frontDoor);
        }
    }

    /** The front door the referral was routed to; empty before triage routed it. */
    @Transactional
    public Optional<String> authorityOf(UUID referralId) {
        return ReferralAuthority.<ReferralAuthority>findByIdOptional(referralId)
                .map(ReferralAuthority::localAuthority);
    }
}
