package org.opendoor.triage.cases;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.opendoor.messaging.Outbox;
import org.opendoor.model.CaseStatus;
import org.opendoor.model.EventEnvelope;
import org.opendoor.model.EventType;
import org.opendoor.model.ReferralDecided;
import org.opendoor.web.AuditTrail;
import org.opendoor.web.Caller;
import org.opendoor.web.Problem;

/**
 * Records a duty decision: once per case, with a rationale when it departs from the recommendation, audited,
 * and announced on opendoor.referral.decided.v1 through the outbox in the same transaction. A refused attempt is
 * audited too, in its own transaction, and changes nothing else.
 */
@ApplicationScoped
public class CaseDecisions {
    private final AgroalDataSource dataSource;
    private final DutyCases cases;
    private final CaseAccess access;

    public CaseDecisions(AgroalDataSource dataSource, DutyCases cases, CaseAccess access) {
        this.dataSource = dataSource;
        this.cases = cases;
        this.access = access;
    }

    public void decide(Caller caller, UUID caseId, DecisionRequest request) throws SQLException {
        try {
            QuarkusTransaction.requiringNew().call(() -> {
                decideInTransaction(caller, caseId, request);
                return null;
            });
        } catch (Problem.Exception refused) {
            QuarkusTransaction.requiringNew().call(() -> {
                try (Connection c = dataSource.getConnection()) {
                    AuditTrail.record(c, caller, "DECIDE_CASE", "case:" + caseId,
                            "REFUSED " + refused.problem().status());
                }
                return null;
            });
            throw refused;
        }
    }

    private void decideInTransaction(Caller caller, UUID caseId, DecisionRequest request) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            DutyCase d = cases.find(c, caseId, true).filter(found -> access.maySee(caller, found))
                    .orElseThrow(() -> new Problem.Exception(Response.Status.NOT_FOUND, "No such case."));
            if (d.status() == CaseStatus.DECIDED) {
                throw new Problem.Exception(Response.Status.CONFLICT, "This case has already been decided.");
            }
            if (d.status() == CaseStatus.TRANSFERRED_OUT_OF_AREA) {
                throw new Problem.Exception(Response.Status.CONFLICT,
                        "This case is out of area: transfer it to the child's authority instead.");
            }
            boolean departs = request.outcome() != d.recommendedPathway();
            if (departs && (request.rationale() == null || request.rationale().isBlank())) {
                throw new Problem.Exception(Problem.invalid("The request has 1 invalid field(s).",
                        List.of(new Problem.Violation("rationale", "is required when the outcome ("
                                + request.outcome() + ") departs from the recommendation ("
                                + d.recommendedPathway() + ")"))));
            }
            Instant now = Instant.now();
            cases.recordDecision(c, d.id(), request.outcome(),
                    request.rationale() == null || request.rationale().isBlank() ? null : request.rationale(),
                    caller.subject(), now);
            AuditTrail.record(c, caller, "DECIDE_CASE", "case:" + d.id(), "DECIDED " + request.outcome());
            Outbox.append(c, EventEnvelope.of(EventType.REFERRAL_DECIDED, d.referralId(), d.referralId(),
                    new ReferralDecided(d.referralId(), d.id(), d.reference(), d.localAuthority(), request.outcome(),
                            now), now));
        }
    }
}
