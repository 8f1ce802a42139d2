package org.opendoor.triage.children;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Links referrals about the same child: by NHS number exactly, otherwise by normalised name, date of birth and
 * postcode. Near matches are recorded as possible matches for a person to confirm, never merged silently.
 * Linking holds a transaction-scoped advisory lock on each identity key, so two referrals about one child that
 * are processed at the same moment are linked one after the other and each counts the other.
 */
@ApplicationScoped
public class ChildIndex {
    private static final String LOCK = "SELECT pg_advisory_xact_lock(hashtextextended(?, 0))";
    private static final String BY_NHS = "SELECT id FROM child WHERE nhs_number = ?";
    private static final String BY_KEY = """
            SELECT id, nhs_number FROM child WHERE first_name = ? AND last_name = ? AND date_of_birth = ?
            AND postcode = ? AND (nhs_number IS NULL OR CAST(? AS TEXT) IS NULL) ORDER BY created_at LIMIT 1""";
    private static final String SET_NHS = "UPDATE child SET nhs_number = ? WHERE id = ? AND nhs_number IS NULL";
    private static final String INSERT = """
            INSERT INTO child (id, nhs_number, first_name, last_name, date_of_birth, postcode) VALUES (?, ?, ?, ?, ?, ?)""";
    private static final String HISTORY = """
            SELECT count(DISTINCT referral_id), count(DISTINCT referral_id) FILTER (WHERE police_domestic_abuse)
            FROM child_referral WHERE child_id = ANY (?) AND received_at >= ? AND referral_id <> ?""";
    /** Near matches: surname and date of birth; first name, date of birth and postcode; or full name and postcode. */
    private static final String NEAR = """
            SELECT id, CASE WHEN date_of_birth = ? AND last_name = ? THEN 'same surname and date of birth'
                            WHEN date_of_birth = ? AND first_name = ? THEN 'same first name, date of birth and postcode'
                            ELSE 'same name and postcode' END
            FROM child WHERE id <> ?
            AND (nhs_number IS NULL OR CAST(? AS TEXT) IS NULL)
            AND ((date_of_birth = ? AND last_name = ?)
                 OR (date_of_birth = ? AND first_name = ? AND postcode = ?)
                 OR (first_name = ? AND last_name = ? AND postcode = ?))
            ORDER BY created_at LIMIT 5""";
    private static final String RECORD = """
            INSERT INTO child_referral (child_id, referral_id, case_id, received_at, police_domestic_abuse, linked_by)
            VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""";
    private static final String RECORD_POSSIBLE = """
            INSERT INTO possible_match (case_id, child_id, matched_child_id, reason) VALUES (?, ?, ?, ?)
            ON CONFLICT DO NOTHING""";

    /** Locks every identity key of the referral's children, in one global order so that no two referrals deadlock. */
    public void lock(Connection c, Collection<ChildIdentity> children) throws SQLException {
        TreeSet<String> keys = new TreeSet<>();
        children.forEach(child -> keys.addAll(child.lockKeys()));
        try (PreparedStatement lock = c.prepareStatement(LOCK)) {
            for (String key : keys) {
                lock.setString(1, key);
                lock.execute();
            }
        }
    }

    /** Finds or adds the child, and counts its confirmed history since {@code windowStart}. Call after {@link #lock}. */
    public ChildLink link(Connection c, ChildIdentity child, UUID referralId, Instant windowStart)
            throws SQLException {
        String linkedBy = "NEW_CHILD";
        Optional<UUID> found = Optional.empty();
        if (child.nhsNumber() != null) {
            found = single(c, BY_NHS, child.nhsNumber());
            linkedBy = found.isPresent() ? "NHS_NUMBER" : linkedBy;
        }
        if (found.isEmpty() && child.hasMatchKey()) {
            found = single(c, BY_KEY, child.firstName(), child.lastName(), Date.valueOf(child.dateOfBirth()),
                    child.postcode(), child.nhsNumber());
            if (found.isPresent()) {
                linkedBy = "NAME_DOB_POSTCODE";
                if (child.nhsNumber() != null) {
                    update(c, SET_NHS, child.nhsNumber(), found.get());
                }
            }
        }
        UUID childId = found.isPresent() ? found.get() : insert(c, child);
        int[] history = history(c, List.of(childId), referralId, windowStart);
        return new ChildLink(childId, linkedBy, history[0], history[1], nearMatches(c, child, childId));
    }

    /** Records that the referral is about the child, and its near matches for a person to confirm. */
    public void record(Connection c, ChildLink link, UUID referralId, UUID caseId, Instant receivedAt,
            boolean policeDomesticAbuse) throws SQLException {
        confirm(c, link.childId(), referralId, caseId, receivedAt, policeDomesticAbuse, link.linkedBy());
        try (PreparedStatement insert = c.prepareStatement(RECORD_POSSIBLE)) {
            for (ChildLink.PossibleMatch match : link.possibleMatches()) {
                insert.setObject(1, caseId);
                insert.setObject(2, link.childId());
                insert.setObject(3, match.matchedChildId());
                insert.setString(4, match.reason());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** A confirmed link: the referral is about this child, and counts in the child's history. */
    public void confirm(Connection c, UUID childId, UUID referralId, UUID caseId, Instant receivedAt,
            boolean policeDomesticAbuse, String linkedBy) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(RECORD)) {
            insert.setObject(1, childId);
            insert.setObject(2, referralId);
            insert.setObject(3, caseId);
            insert.setTimestamp(4, Timestamp.from(receivedAt));
            insert.setBoolean(5, policeDomesticAbuse);
            insert.setString(6, linkedBy);
            insert.executeUpdate();
        }
    }

    /** Other referrals (and police domestic-abuse incidents) confirmed as about any of these children since then. */
    public int[] history(Connection c, Collection<UUID> childIds, UUID referralId, Instant windowStart)
            throws SQLException {
        try (PreparedStatement q = c.prepareStatement(HISTORY)) {
            q.setArray(1, c.createArrayOf("uuid", childIds.toArray()));
            q.setTimestamp(2, Timestamp.from(windowStart));
            q.setObject(3, referralId);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return new int[] {rs.getInt(1), rs.getInt(2)};
            }
        }
    }

    private List<ChildLink.PossibleMatch> nearMatches(Connection c, ChildIdentity child, UUID childId)
            throws SQLException {
        if (child.lastName() == null && child.firstName() == null) {
            return List.of();
        }
        List<ChildLink.PossibleMatch> matches = new ArrayList<>();
        Date dob = child.dateOfBirth() == null ? null : Date.valueOf(child.dateOfBirth());
        try (PreparedStatement q = c.prepareStatement(NEAR)) {
            int i = 1;
            q.setDate(i++, dob);
            q.setString(i++, child.lastName());
            q.setDate(i++, dob);
            q.setString(i++, child.firstName());
            q.setObject(i++, childId);
            q.setString(i++, child.nhsNumber());
            q.setDate(i++, dob);
            q.setString(i++, child.lastName());
            q.setDate(i++, dob);
            q.setString(i++, child.firstName());
            q.setString(i++, child.postcode());
            q.setString(i++, child.firstName());
            q.setString(i++, child.lastName());
            q.setString(i, child.postcode());
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    matches.add(new ChildLink.PossibleMatch(rs.getObject(1, UUID.class), rs.getString(2)));
                }
            }
        }
        return matches;
    }

    private static UUID insert(Connection c, ChildIdentity child) throws SQLException {
        UUID id = UUID.randomUUID();
        try (PreparedStatement insert = c.prepareStatement(INSERT)) {
            insert.setObject(1, id);
            insert.setString(2, child.nhsNumber());
            insert.setString(3, child.firstName());
            insert.setString(4, child.lastName());
            insert.setDate(5, child.dateOfBirth() == null ? null : Date.valueOf(child.dateOfBirth()));
            insert.setString(6, child.postcode());
            insert.executeUpdate();
        }
        return id;
    }

    private static Optional<UUID> single(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                if (params[i] == null) {
                    q.setNull(i + 1, java.sql.Types.VARCHAR);
                } else {
                    q.setObject(i + 1, params[i]);
                }
            }
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? Optional.of(rs.getObject(1, UUID.class)) : Optional.empty();
            }
        }
    }

    private static void update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                q.setObject(i + 1, params[i]);
            }
            q.executeUpdate();
        }
    }

    static Instant twelveMonthsBefore(Instant at) {
        return at.atOffset(ZoneOffset.UTC).minusMonths(12).toInstant();
    }
}
