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
record Referral(UUID id, String reference, ReferralSource source, String sourceCode, boolean sourceCodeNeedsReview,
        String submittingOrg, Instant receivedAt, String status, String localAuthority, String team, UUID caseId, String outcome,
        Instant decidedAt, String body) {
    private static final String INSERT = """
            INSERT INTO referral (id, reference, source, source_code, source_code_needs_review, submitting_org,
                received_at, status, body)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)""";
    private static final String FIND = """
            SELECT id, reference, source, source_code, source_code_needs_review, submitting_org, received_at, status,
                local_authority, team, case_id, outcome, decided_at, body
            FROM referral WHERE id = ?""";

    /** A referral just received: nothing learnt from triage yet. */
    static Referral received(UUID id, String reference, ReferralSource source, String sourceCode,
            boolean sourceCodeNeedsReview, String submittingOrg, Instant receivedAt, String body) {
        return new Referral(id, reference, source, sourceCode, sourceCodeNeedsReview, submittingOrg, receivedAt,
                ReferralStatus.RECEIVED.name(), null, null, null, null, null, body);
    }

    /** Stores a {@link #received} referral. */
    void insert(Connection connection) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setObject(1, id);
            insert.setString(2, reference);
            insert.setString(3, source.name());
            insert.setString(4, sourceCode);
            insert.setBoolean(5, sourceCodeNeedsReview);
            insert.setString(6, submittingOrg);
            insert.setObject(7, OffsetDateTime.ofInstant(receivedAt, ZoneOffset.UTC));
            insert.setString(8, status);
            insert.setString(9, body);
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
                        ReferralSource.valueOf(rs.getString(3)), rs.getString(4), rs.getBoolean(5), rs.getString(6),
                        instant(rs, 7), rs.getString(8), rs.getString(9), rs.getString(10),
                        rs.getObject(11, UUID.class), rs.getString(12), instant(rs, 13), rs.getString(14)));
            }
        }
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }
}
