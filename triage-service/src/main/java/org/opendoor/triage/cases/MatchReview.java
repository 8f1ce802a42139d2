package org.opendoor.triage.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.sql.Connection;
import org.opendoor.model.CaseStatus;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.opendoor.triage.children.ChildIndex;
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
    private static final String CLAIM = """
            SELECT status FROM possible_match WHERE case_id = ? AND matched_child_id = ? FOR UPDATE""";
    private static final String RESOLVE = """
            UPDATE possible_match SET status = ?, resolved_by = ?, resolved_at = now()
            WHERE case_id = ? AND matched_child_id = ?""";

    private final CaseCommands commands;
    private final DutyCases cases;
    private final ChildIndex children;
    private final Retriage retriage;

    public MatchReview(CaseCommands commands, DutyCases cases, ChildIndex children, Retriage retriage) {
        this.commands = commands;
        this.cases = cases;
        this.children = children;
        this.retriage = retriage;
    }

    public void resolve(Caller caller, UUID caseId, UUID matchedChildId, boolean sameChild) {
        commands.run(caller, AuditAction.RESOLVE_POSSIBLE_MATCH, caseId, "case:" + caseId + "/match:" + matchedChildId, (c, d) -> {
            String status = status(c, caseId, matchedChildId);
            if (status == null) {
                throw new Problem.Exception(Response.Status.NOT_FOUND, "No such possible match.");
            }
            if (!status.equals("UNCONFIRMED")) {
                throw new Problem.Exception(Response.Status.CONFLICT, "This possible match was already "
                        + status.toLowerCase() + ".");
            }
            update(c, sameChild ? "CONFIRMED" : "REJECTED", caller.subject(), caseId, matchedChildId);
            if (sameChild) {
                boolean policeDa = d.policeDomesticAbuseIncidents12Months() > 0 && isPoliceDa(c, d.referralId());
                children.confirm(c, matchedChildId, d.referralId(), d.id(), d.receivedAt(), policeDa,
                        "CONFIRMED_BY_PERSON");
                int[] history = children.history(c, linkedChildren(c, d.referralId()), d.referralId(),
                        d.receivedAt().atOffset(ZoneOffset.UTC).minusMonths(12).toInstant());
                int incidents = history[1] + (policeDa ? 1 : 0);
                cases.setPriorReferrals(c, d.id(), history[0], incidents);
                if (d.status() == CaseStatus.AWAITING_DECISION) {
                    DutyCase recounted = cases.find(c, d.id(), false).orElseThrow();
                    retriage.rerun(c, recounted, "A person confirmed a possible match: the child has " + history[0]
                                    + " other referral(s) in the last 12 months.", false);
                }
            }
            return sameChild ? "SAME_CHILD" : "DIFFERENT_CHILD";
        });
    }

    private static String status(Connection c, UUID caseId, UUID matchedChildId) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(CLAIM)) {
            q.setObject(1, caseId);
            q.setObject(2, matchedChildId);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static void update(Connection c, String status, String by, UUID caseId, UUID matchedChildId)
            throws SQLException {
        try (PreparedStatement q = c.prepareStatement(RESOLVE)) {
            q.setString(1, status);
            q.setString(2, by);
            q.setObject(3, caseId);
            q.setObject(4, matchedChildId);
            q.executeUpdate();
        }
    }

    private static boolean isPoliceDa(Connection c, UUID referralId) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(
                "SELECT bool_or(police_domestic_abuse) FROM child_referral WHERE referral_id = ?")) {
            q.setObject(1, referralId);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    private static List<UUID> linkedChildren(Connection c, UUID referralId) throws SQLException {
        List<UUID> ids = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement("SELECT child_id FROM child_referral WHERE referral_id = ?")) {
            q.setObject(1, referralId);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getObject(1, UUID.class));
                }
            }
        }
        return ids;
    }
}
