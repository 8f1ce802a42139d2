package org.opendoor.intake.referral;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.opendoor.web.AuditTrail;
import org.opendoor.web.Caller;

/**
 * The referrals an organisation submitted, newest first, as feedback (status and, once decided, the outcome): what a
 * school's DSL, a police officer, a professional or a call centre sees of their own referrals. Audited as one read.
 */
@ApplicationScoped
public class OwnReferrals {
    private static final String SUBMITTED_BY = """
            SELECT id, reference, status, received_at, outcome, decided_at
            FROM referral WHERE submitting_org = ? ORDER BY received_at DESC LIMIT ?""";

    private final AgroalDataSource dataSource;

    public OwnReferrals(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Transactional
    public List<ReferralView> of(Caller caller, int limit) throws SQLException {
        List<ReferralView> referrals = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            if (caller.org() != null) {
                try (PreparedStatement query = connection.prepareStatement(SUBMITTED_BY)) {
                    query.setString(1, caller.org());
                    query.setInt(2, limit);
                    try (ResultSet rs = query.executeQuery()) {
                        while (rs.next()) {
                            referrals.add(new ReferralView(rs.getObject(1, UUID.class), rs.getString(2),
                                    rs.getString(3), rs.getObject(4, OffsetDateTime.class).toInstant(),
                                    rs.getString(5), instant(rs.getObject(6, OffsetDateTime.class)), null, null, null,
                                    null, null, null, null, null));
                        }
                    }
                }
            }
            AuditTrail.record(connection, caller, ReferralAccess.ACTION, "submitted-by:" + caller.org(),
                    "LIST " + referrals.size());
        }
        return referrals;
    }

    private static java.time.Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }
}
