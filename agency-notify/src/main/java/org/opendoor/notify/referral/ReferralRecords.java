package org.opendoor.notify.referral;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.opendoor.model.Json;
import org.opendoor.model.ReferralSource;

/** Notify's own copy of {@link ReferralFacts} and of the authority each referral was routed to. */
@ApplicationScoped
public class ReferralRecords {
    private static final TypeReference<List<ReferralFacts.ChildFacts>> CHILDREN = new TypeReference<>() {
    };

    /** Serialises the work on one referral across consumers and instances, for this transaction. */
    public void lock(Connection c, UUID referralId) throws SQLException {
        try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
            lock.setLong(1, referralId.getMostSignificantBits() ^ referralId.getLeastSignificantBits());
            lock.execute();
        }
    }

    public void save(Connection c, ReferralFacts r) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("""
                INSERT INTO referral_record (referral_id, reference, source, received_at, referrer_email, children,
                    police_incident) VALUES (?, ?, ?, ?, ?, CAST(? AS jsonb), CAST(? AS jsonb))
                ON CONFLICT (referral_id) DO NOTHING""")) {
            insert.setObject(1, r.referralId());
            insert.setString(2, r.reference());
            insert.setString(3, r.source().name());
            insert.setTimestamp(4, Timestamp.from(r.receivedAt()));
            insert.setString(5, r.referrerEmail());
            insert.setString(6, Json.write(r.children()));
            insert.setString(7, r.incident() == null ? null : Json.write(r.incident()));
            insert.executeUpdate();
        }
    }

    public Optional<ReferralFacts> find(Connection c, UUID referralId) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT * FROM referral_record WHERE referral_id = ?")) {
            q.setObject(1, referralId);
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                String incident = rs.getString("police_incident");
                return Optional.of(new ReferralFacts(referralId, rs.getString("reference"),
                        ReferralSource.valueOf(rs.getString("source")), rs.getTimestamp("received_at").toInstant(),
                        rs.getString("referrer_email"), Json.mapper().readValue(rs.getString("children"), CHILDREN),
                        incident == null ? null : Json.read(incident, ReferralFacts.IncidentFacts.class)));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Stored referral " + referralId + " is unreadable", e);
            }
        }
    }

    public void routedTo(Connection c, UUID referralId, String localAuthority) throws SQLException {
        try (PreparedStatement upsert = c.prepareStatement("""
                INSERT INTO referral_authority (referral_id, local_authority) VALUES (?, ?)
                ON CONFLICT (referral_id) DO UPDATE SET local_authority = excluded.local_authority""")) {
            upsert.setObject(1, referralId);
            upsert.setString(2, localAuthority);
            upsert.executeUpdate();
        }
    }

    public Optional<String> authorityOf(Connection c, UUID referralId) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(
                "SELECT local_authority FROM referral_authority WHERE referral_id = ?")) {
            q.setObject(1, referralId);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }
}
