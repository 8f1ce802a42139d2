package org.opendoor.intake.referral;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;

/** The referral table. */
@ApplicationScoped
public class Referrals implements PanacheRepositoryBase<Referral, UUID> {

    /**
     * The referral, locked until the transaction ends: what triage tells intake about one referral arrives on several
     * topics, possibly at several consumers at once, and each change must see the one before it.
     */
    public Optional<Referral> forUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }
}
