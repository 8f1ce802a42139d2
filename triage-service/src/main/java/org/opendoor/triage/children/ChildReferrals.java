package org.opendoor.triage.children;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** The child_referral table: which referrals are confirmed as about which child. */
@ApplicationScoped
class ChildReferrals implements PanacheRepositoryBase<ChildReferral, ChildReferral.Id> {

    /** Other referrals, and of those police domestic-abuse incidents, about any of these children since then. */
    ChildHistory history(Collection<UUID> childIds, UUID referralId, Instant since) {
        Object[] counts = getEntityManager().createQuery("""
                        select count(distinct r.id.referralId),
                               count(distinct r.id.referralId) filter (where r.policeDomesticAbuse)
                        from ChildReferral r
                        where r.id.childId in :children and r.receivedAt >= :since and r.id.referralId <> :referral""",
                        Object[].class)
                .setParameter("children", childIds).setParameter("since", since).setParameter("referral", referralId)
                .getSingleResult();
        return new ChildHistory(((Number) counts[0]).intValue(), ((Number) counts[1]).intValue());
    }

    List<UUID> childrenOf(UUID referralId) {
        return getEntityManager().createQuery("select r.id.childId from ChildReferral r where r.id.referralId = :referral",
                UUID.class).setParameter("referral", referralId).getResultList();
    }

    boolean isPoliceDomesticAbuse(UUID referralId) {
        return count("id.referralId = ?1 and policeDomesticAbuse = true", referralId) > 0;
    }
}
