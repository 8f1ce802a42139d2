package org.opendoor.triage.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.opendoor.messaging.Outbox;
import org.opendoor.model.CaseStatus;
import org.opendoor.model.EventEnvelope;
import org.opendoor.model.EventType;
import org.opendoor.model.Pathway;
import org.opendoor.model.ReferralDecided;
import org.opendoor.triage.rules.CinCodes;
import org.opendoor.web.AuditAction;
import org.opendoor.web.Caller;
import org.opendoor.web.Problem;

/**
 * Records a duty decision: once per case, with a rationale when it departs from the recommendation, audited,
 * and announced on opendoor.referral.decided.v1 through the outbox in the same transaction. A refused attempt is
 * audited too, in its own transaction, and changes nothing else.
 */
@ApplicationScoped
public class CaseDecisions {
    private final CaseCommands commands;
    private final Decisions decisions;
    private final CinCodes cinCodes;

    CaseDecisions(CaseCommands commands, Decisions decisions, CinCodes cinCodes) {
        this.cinCodes = cinCodes;
        this.commands = commands;
        this.decisions = decisions;
    }

    public void decide(Caller caller, UUID caseId, DecisionRequest request) {
        commands.run(caller, AuditAction.DECIDE_CASE, caseId, "case:" + caseId, (c, d) -> {
            if (d.status() == CaseStatus.DECIDED) {
                throw new Problem.Exception(Response.Status.CONFLICT, "This case has already been decided.");
            }
            if (d.status() == CaseStatus.TRANSFERRED_OUT_OF_AREA) {
                throw new Problem.Exception(Response.Status.CONFLICT,
                        "This case was transferred to another authority's front door.");
            }
            boolean departs = request.outcome() != d.recommendedPathway();
            if (departs && (request.rationale() == null || request.rationale().isBlank())) {
                throw CaseCommands.invalid("rationale", "is required when the outcome (" + request.outcome()
                        + ") departs from the recommendation (" + d.recommendedPathway() + ")");
            }
            String primaryNeed = primaryNeedOf(request, d);
            Instant now = Instant.now();
            decisions.persist(new CaseDecision(d.id(), request.outcome(),
                    request.rationale() == null || request.rationale().isBlank() ? null : request.rationale(),
                    primaryNeed, caller.subject(), now));
            d.decided();
            Outbox.append(c, EventEnvelope.of(EventType.REFERRAL_DECIDED, d.referralId(), d.referralId(),
                    new ReferralDecided(d.referralId(), d.id(), d.reference(), d.localAuthority(), request.outcome(),
                            now), now));
            return "DECIDED " + request.outcome() + (primaryNeed == null ? "" : " " + primaryNeed);
        });
    }

    /** The code given, else the case's suggestion; none only for NFA. A code not of the census list is refused. */
    private String primaryNeedOf(DecisionRequest request, DutyCase d) {
        String given = request.primaryNeedCode() == null || request.primaryNeedCode().isBlank() ? null
                : request.primaryNeedCode().strip().toUpperCase(Locale.ROOT);
        if (given != null && !cinCodes.primaryNeeds().contains(given)) {
            throw CaseCommands.invalid("primaryNeedCode", "must be one of the CIN primary need codes "
                    + cinCodes.primaryNeeds());
        }
        String code = given != null ? given : d.cin().primaryNeed();
        if (code == null && request.outcome() != Pathway.NFA) {
            throw CaseCommands.invalid("primaryNeedCode", "is required: the case has no suggested primary need, and "
                    + "the outcome (" + request.outcome() + ") is not NFA");
        }
        return code;
    }
}
