package org.opendoor.notify.referral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.FlushModeType;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;

/**
 * Notify's copy of each received referral's {@link ReferralFacts}, and the front door each referral was routed to.
 * Writers hold the referral's lock, so reading first and then writing is safe.
 */
@ApplicationScoped
public class ReferralRecords {

    /** Serialises the work on one referral across consumers and instances, until this transaction ends. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lock(UUID referralId) {
        ReferralRecord.getEntityManager().createNativeQuery("SELECT 1 FROM pg_advisory_xact_lock(?1)")
                .setParameter(1, referralId.getMostSignificantBits() ^ referralId.getLeastSignificantBits())
                // reads no table: nothing needs to be written out before it
                .setFlushMode(FlushModeType.COMMIT).getSingleResult();
    }

    /** Keeps the referral's facts; a referral received again keeps the first. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void save(ReferralFacts r) {
        if (ReferralRecord.findById(r.referralId()) == null) {
            new ReferralRecord(r).persist();
        }
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
