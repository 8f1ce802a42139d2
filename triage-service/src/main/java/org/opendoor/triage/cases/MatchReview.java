package org.opendoor.triage.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.opendoor.model.CaseStatus;
import org.opendoor.triage.children.ChildHistory;
import org.opendoor.triage.children.ChildIndex;
import org.opendoor.triage.children.PossibleMatch;
import org.opendoor.triage.children.PossibleMatches;
import org.opendoor.web.AuditAction;
import org.opendoor.web.Caller;
import org.opendoor.web.Problem;

/**
 * A person's answer to a possible match: the same child (the referral is linked to the matched child and the
 * case's prior-referral counts are recomputed from confirmed links, and the threshold rules run again on the new
 * history) or a different child. Audited, answered once.
 */
@ApplicationScoped
public class MatchReview {
    private final CaseCommands commands;
    private final PossibleMatches possibleMatches;
    private final ChildIndex children;
    private final Retriage retriage;

    MatchReview(CaseCommands commands, PossibleMatches possibleMatches, ChildIndex children, Retriage retriage) {
        this.commands = commands;
        this.possibleMatches = possibleMatches;
        this.children = children;
        this.retriage = retriage;
    }

    public void resolve(Caller caller, UUID caseId, UUID matchedChildId, boolean sameChild) {
        commands.run(caller, AuditAction.RESOLVE_POSSIBLE_MATCH, caseId, "case:" + caseId + "/match:" + matchedChildId, (c, d) -> {
            List<PossibleMatch> matches = possibleMatches.forReview(caseId, matchedChildId);
            if (matches.isEmpty()) {
                throw new Problem.Exception(Response.Status.NOT_FOUND, "No such possible match.");
            }
            PossibleMatch.Status status = matches.get(0).status();
            if (status != PossibleMatch.Status.UNCONFIRMED) {
                throw new Problem.Exception(Response.Status.CONFLICT, "This possible match was already "
                        + status.name().toLowerCase() + ".");
            }
            Instant now = Instant.now();
            matches.forEach(m -> m.resolve(sameChild, caller.subject(), now));
            if (sameChild) {
                boolean policeDa = d.policeDomesticAbuseIncidents12Months() > 0
                        && children.isPoliceDomesticAbuse(d.referralId());
                children.confirm(matchedChildId, d.referralId(), d.id(), d.receivedAt(), policeDa,
                        "CONFIRMED_BY_PERSON");
                ChildHistory others = children.history(children.childrenOf(d.referralId()), d.referralId(),
                        d.receivedAt().atOffset(ZoneOffset.UTC).minusMonths(12).toInstant());
                d.recount(new ChildHistory(others.priorReferrals12Months(),
                        others.policeDomesticAbuseIncidents12Months() + (policeDa ? 1 : 0)));
                if (d.status() == CaseStatus.AWAITING_DECISION) {
                    retriage.rerun(c, d, "A person confirmed a possible match: the child has "
                            + others.priorReferrals12Months() + " other referral(s) in the last 12 months.", false);
                }
            }
            return sameChild ? "SAME_CHILD" : "DIFFERENT_CHILD";
        });
    }
}
