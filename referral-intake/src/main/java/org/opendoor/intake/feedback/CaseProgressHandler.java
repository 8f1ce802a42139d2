package org.opendoor.intake.feedback;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.time.Instant;
import java.util.UUID;
import org.opendoor.intake.referral.Referral;
import org.opendoor.intake.referral.Referrals;
import org.opendoor.messaging.PoisonEventException;
import org.opendoor.model.CaseStatus;
import org.opendoor.model.CaseTransferred;
import org.opendoor.model.EventEnvelope;
import org.opendoor.model.ReferralDecided;
import org.opendoor.model.ReferralTriaged;
import org.opendoor.model.SourceCodeCorrected;

/**
 * Learns where a referral went (ReferralTriaged, CaseTransferred), what was decided (ReferralDecided), so the
 * referrer can be told, and the census source code duty staff corrected (SourceCodeCorrected). Exactly once per
 * event: the consumer's inbox guard is the first statement of the transaction. The topics are not ordered against
 * each other, so a late triage event never takes a decided referral back to TRIAGED ({@link Referral}).
 */
@ApplicationScoped
public class CaseProgressHandler {
    private final Referrals referrals;

    public CaseProgressHandler(Referrals referrals) {
        this.referrals = referrals;
    }

    public void triaged(Connection connection, EventEnvelope event, ReferralTriaged triaged) {
        known(event).triaged(triaged.localAuthority(), triaged.team(), triaged.caseId(), Instant.now(),
                triaged.status() == CaseStatus.TRANSFERRED_OUT_OF_AREA);
    }

    public void decided(Connection connection, EventEnvelope event, ReferralDecided decided) {
        known(event).decided(decided.outcome().name(), decided.decidedAt(), decided.localAuthority(),
                decided.caseId());
    }

    public void transferred(Connection connection, EventEnvelope event, CaseTransferred transferred) {
        known(event).transferredOut(transferred.toLocalAuthority(), transferred.caseId());
    }

    public void corrected(Connection connection, EventEnvelope event, SourceCodeCorrected corrected) {
        known(event).sourceCodeCorrected(corrected.sourceCode());
    }

    /** Intake is where every referral starts, so an event about one it does not know can never succeed. */
    private Referral known(EventEnvelope event) {
        UUID id = event.referralId();
        return referrals.forUpdate(id).orElseThrow(() -> new PoisonEventException("Unknown referral " + id));
    }
}
