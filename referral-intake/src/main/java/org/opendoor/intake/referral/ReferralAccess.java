package org.opendoor.intake.referral;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.opendoor.web.AuditAction;
import org.opendoor.web.AuditTrail;
import org.opendoor.web.Caller;

/**
 * Who may read a referral, and how much: the submitting organisation its status and outcome, duty staff of the
 * authority it was routed to everything, anyone else nothing (answered as "not found", so ids reveal nothing).
 * Every read, allowed or not, is audited, with the role it was allowed in.
 */
@ApplicationScoped
public class ReferralAccess {
    static final AuditAction ACTION = AuditAction.READ_REFERRAL;
    private static final Set<String> DUTY_ROLES = Set.of("duty_worker", "duty_manager");

    private final AgroalDataSource dataSource;
    private final Referrals referrals;

    public ReferralAccess(AgroalDataSource dataSource, Referrals referrals) {
        this.dataSource = dataSource;
        this.referrals = referrals;
    }

    @Transactional
    public Optional<ReferralView> read(String referralId, Caller caller) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            Optional<UUID> id = parse(referralId);
            Referral referral = id.isPresent() ? referrals.findById(id.get()) : null;
            ReferralView view = null;
            String outcome = "NOT_FOUND";
            Caller reader = caller;
            if (referral != null) {
                if (isDutyStaffOf(caller, referral)) {
                    view = ReferralView.everything(referral);
                    outcome = "FULL";
                    reader = caller.actingIn(DUTY_ROLES);
                } else if (caller.org() != null && caller.org().equals(referral.submittingOrg())) {
                    view = ReferralView.feedback(referral);
                    outcome = "FEEDBACK";
                    reader = caller.actingIn(Channels.SOURCE_OF_ROLE.keySet());
                } else {
                    outcome = "DENIED";
                }
            }
            AuditTrail.record(connection, reader, ACTION, referralId, outcome);
            return Optional.ofNullable(view);
        }
    }

    private static boolean isDutyStaffOf(Caller caller, Referral referral) {
        return referral.localAuthority() != null && referral.localAuthority().equals(caller.localAuthority())
                && DUTY_ROLES.stream().anyMatch(caller::hasRole);
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
