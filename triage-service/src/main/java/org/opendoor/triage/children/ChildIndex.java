package org.opendoor.triage.children;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.opendoor.model.ReferralReceived;

/**
 * Links referrals about the same child: by NHS number exactly, otherwise by normalised name, date of birth and
 * postcode. Near matches are recorded as possible matches for a person to confirm, never merged silently.
 * Linking holds a transaction-scoped advisory lock on each identity key, so two referrals about one child that
 * are processed at the same moment are linked one after the other and each counts the other.
 *
 * <p>Works in the caller's transaction. Its lookups are queries, so Hibernate writes the children, links and matches
 * added before them first: a second referral about a new child in the same transaction finds it.
 */
@ApplicationScoped
public class ChildIndex {
    private static final String LOCK = "SELECT pg_advisory_xact_lock(hashtextextended(?, 0))";

    private final AgroalDataSource dataSource;
    private final Children children;
    private final ChildReferrals links;
    private final PossibleMatches possibleMatches;

    ChildIndex(AgroalDataSource dataSource, Children children, ChildReferrals links, PossibleMatches possibleMatches) {
        this.dataSource = dataSource;
        this.children = children;
        this.links = links;
        this.possibleMatches = possibleMatches;
    }

    /** Locks every identity key of the referral's children, in one global order so that no two referrals deadlock. */
    public void lock(Collection<ChildIdentity> identities) throws SQLException {
        TreeSet<String> keys = new TreeSet<>();
        identities.forEach(child -> keys.addAll(child.lockKeys()));
        // plain JDBC on the transaction's connection: a native query through Hibernate flushes the session and
        // looks its plan up, which cost more than the rest of the triage
        try (Connection c = dataSource.getConnection(); PreparedStatement lock = c.prepareStatement(LOCK)) {
            for (String key : keys) {
                lock.setString(1, key);
                lock.execute();
            }
        }
    }

    /**
     * Finds or adds the child, and counts its confirmed history since {@code windowStart}. Call after {@link #lock}.
     * Also records what the referral says of the child's census identifiers and characteristics (UPN, sex,
     * ethnicity, disabilities) on the child of the index.
     */
    public ChildLink link(ChildIdentity identity, ReferralReceived.Child given, UUID referralId, Instant windowStart) {
        String linkedBy = "NEW_CHILD";
        Optional<Child> found = Optional.empty();
        if (identity.nhsNumber() != null) {
            found = children.byNhsNumber(identity.nhsNumber());
            linkedBy = found.isPresent() ? "NHS_NUMBER" : linkedBy;
        }
        if (found.isEmpty() && identity.hasMatchKey()) {
            found = children.byNameBirthAndPostcode(identity);
            if (found.isPresent()) {
                linkedBy = "NAME_DOB_POSTCODE";
                if (identity.nhsNumber() != null) {
                    found.get().knownByNhsNumber(identity.nhsNumber());
                }
            }
        }
        Child child = found.orElseGet(() -> {
            Child added = Child.of(identity);
            children.persist(added);
            return added;
        });
        if (given != null) {
            child.describedBy(given);
        }
        ChildHistory history = links.history(List.of(child.id()), referralId, windowStart);
        List<ChildLink.PossibleMatch> near = identity.lastName() == null && identity.firstName() == null ? List.of()
                : children.nearMatches(identity, child.id());
        return new ChildLink(child.id(), linkedBy, history.priorReferrals12Months(),
                history.policeDomesticAbuseIncidents12Months(), near);
    }

    /**
     * Records that the referral is about its children, and their near matches for a person to confirm. Children of
     * the referral found to be one child of the index are one link, with the near matches of each.
     */
    public void record(List<ChildLink> linked, UUID referralId, UUID caseId, Instant receivedAt,
            boolean policeDomesticAbuse) {
        Map<UUID, Set<UUID>> matchedOf = new LinkedHashMap<>();
        for (ChildLink link : linked) {
            Set<UUID> matched = matchedOf.get(link.childId());
            if (matched == null) {
                matched = new HashSet<>();
                matchedOf.put(link.childId(), matched);
                links.persist(new ChildReferral(new ChildReferral.Id(link.childId(), referralId), caseId, receivedAt,
                        policeDomesticAbuse, link.linkedBy()));
            }
            for (ChildLink.PossibleMatch match : link.possibleMatches()) {
                if (matched.add(match.matchedChildId())) {
                    possibleMatches.persist(new PossibleMatch(new PossibleMatch.Id(caseId, link.childId(),
                            match.matchedChildId()), match.reason()));
                }
            }
        }
    }

    /**
     * A person confirmed the referral is about this child: it counts in the child's history. A referral already
     * linked to the child stays as it was.
     */
    public void confirm(UUID childId, UUID referralId, UUID caseId, Instant receivedAt, boolean policeDomesticAbuse,
            String linkedBy) {
        ChildReferral.Id id = new ChildReferral.Id(childId, referralId);
        if (links.findById(id) == null) {
            links.persist(new ChildReferral(id, caseId, receivedAt, policeDomesticAbuse, linkedBy));
        }
    }

    /** Other referrals (and police domestic-abuse incidents) confirmed as about any of these children since then. */
    public ChildHistory history(Collection<UUID> childIds, UUID referralId, Instant windowStart) {
        return links.history(childIds, referralId, windowStart);
    }

    /** A child of the index, for a person to record its characteristics on. */
    public Optional<Child> child(UUID childId) {
        return children.findByIdOptional(childId);
    }

    /** The children of the index the referral is confirmed as about. */
    public List<UUID> childrenOf(UUID referralId) {
        return links.childrenOf(referralId);
    }

    /** The referral was a police domestic-abuse incident, as its links record. */
    public boolean isPoliceDomesticAbuse(UUID referralId) {
        return links.isPoliceDomesticAbuse(referralId);
    }
}
