package org.opendoor.intake.referral;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.opendoor.model.ReferralSource;

/** A referral as stored by intake. {@code body} holds the whole referral, personal data included. */
record Referral(UUID id, String reference, ReferralSource source, String sourceCode, String submittingOrg,
        Instant receivedAt, String status, String localAuthority, String team, UUID caseId, String outcome,
        Instant decidedAt, String body) {
    private static final String INSERT = """
            INSERT INTO referral (id, reference, source, source_code, submitting_org, received_at, status, body)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb)""";
    private static final String FIND = """
            SELECT id, reference, source, source_code, submitting_org, received_at, status, local_authority, team,
                case_id, outcome, decided_at, body
            FROM referral WHERE id = ?""";

    /** A referral just received: nothing learnt from triage yet. */
    static Referral received(UUID id, String reference, ReferralSource source, String sourceCode, String submittingOrg,
            Instant receivedAt, String body) {
        return new Referral(id, reference, source, sourceCode, submittingOrg, receivedAt,
                ReferralStatus.RECEIVED.name(), null, null, null, null, null, body);
    }

    /** Stores a {@link #received} referral. */
    void insert(Connection connection) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setObject(1, id);
            insert.setString(2, reference);
            insert.setString(3, source.name());
            insert.setString(4, sourceCode);
            insert.setString(5, submittingOrg);
            insert.setObject(6, OffsetDateTime.ofInstant(receivedAt, ZoneOffset.UTC));
            insert.setString(7, status);
            insert.setString(8, body);
            insert.executeUpdate();
        }
    }

    static Optional<Referral> find(Connection connection, UUID id) throws SQLException {
        try (PreparedStatement find = connection.prepareStatement(FIND)) {
            find.setObject(1, id);
            try (ResultSet rs = find.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Referral(rs.getObject(1, UUID.class), rs.getString(2),
                        ReferralSource.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5), instant(rs, 6),
                        rs.getString(7), rs.getString(8), rs.getString(9), rs.getObject(10, UUID.class),
                        rs.getString(11), instant(rs, 12), rs.getString(13)));
            }
        }
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }
}
