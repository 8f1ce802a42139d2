package org.opendoor.triage.children;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.UUID;

/** The possible_match table: near matches waiting for, or answered by, a person. */
@ApplicationScoped
public class PossibleMatches implements PanacheRepositoryBase<PossibleMatch, PossibleMatch.Id> {

    /** A possible match as duty staff see it, with how many referrals the matched child already has. */
    public record Review(PossibleMatch match, long matchedChildReferrals) {
    }

    public List<Review> ofCase(UUID caseId) {
        return getEntityManager().createQuery("""
                        select m, (select count(r) from ChildReferral r where r.id.childId = m.id.matchedChildId)
                        from PossibleMatch m where m.id.caseId = :case order by m.id.matchedChildId""", Object[].class)
                .setParameter("case", caseId).getResultStream()
                .map(row -> new Review((PossibleMatch) row[0], ((Number) row[1]).longValue())).toList();
    }

    /** The case's possible matches with this child (one per child of the referral it may be), locked. */
    public List<PossibleMatch> forReview(UUID caseId, UUID matchedChildId) {
        return find("id.caseId = ?1 and id.matchedChildId = ?2", caseId, matchedChildId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }
}
