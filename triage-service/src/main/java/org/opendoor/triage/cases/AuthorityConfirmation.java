package org.opendoor.triage.cases;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.opendoor.messaging.Outbox;
import org.opendoor.model.CaseStatus;
import org.opendoor.model.EventEnvelope;
import org.opendoor.model.EventType;
import org.opendoor.model.Flag;
import org.opendoor.model.Json;
import org.opendoor.model.ReferralTriaged;
import org.opendoor.triage.routing.DutyTeams;
import org.opendoor.triage.routing.Routing;
import org.opendoor.triage.rules.FiredRule;
import org.opendoor.web.AuditTrail;
import org.opendoor.web.Caller;
import org.opendoor.web.Problem;

/**
 * A hub case (shared postcode district) is moved to the authority a person confirmed: it joins that authority's
 * duty queue, loses the CONFIRM_AUTHORITY flag, and ReferralTriaged is published again so the new duty team is
 * alerted. The recommendation is kept as triaged; the explanation records the move.
 */
@ApplicationScoped
public class AuthorityConfirmation {
    private final AgroalDataSource dataSource;
    private final DutyCases cases;
    private final CaseAccess access;
    private final DutyTeams teams;

    public AuthorityConfirmation(AgroalDataSource dataSource, DutyCases cases, CaseAccess access, Routing routing) {
        this.dataSource = dataSource;
        this.cases = cases;
        this.access = access;
        this.teams = routing.teams();
    }

    public void confirm(Caller caller, UUID caseId, String localAuthority) {
        String target = "case:" + caseId;
        try {
            QuarkusTransaction.requiringNew().call(() -> {
                try (Connection c = dataSource.getConnection()) {
                    DutyCase d = cases.find(c, caseId, true).filter(found -> access.maySee(caller, found))
                            .orElseThrow(() -> new Problem.Exception(Response.Status.NOT_FOUND, "No such case."));
                    DutyTeams.Authority authority = teams.authority(localAuthority).orElseThrow(() ->
                            new Problem.Exception(Problem.invalid("The request has 1 invalid field(s).", List.of(
                                    new Problem.Violation("localAuthority", "must be one of "
                                            + teams.authorities().keySet())))));
                    if (!d.flags().contains(Flag.CONFIRM_AUTHORITY) || d.status() != CaseStatus.AWAITING_DECISION) {
                        throw new Problem.Exception(Response.Status.CONFLICT,
                                "Only an undecided case awaiting authority confirmation can be moved.");
                    }
                    Set<Flag> flags = EnumSet.copyOf(d.flags());
                    flags.remove(Flag.CONFIRM_AUTHORITY);
                    List<FiredRule> fired = new ArrayList<>(d.rulesFired());
                    fired.add(new FiredRule("routing:authority-confirmed", "The partnership hub confirmed the child "
                            + "lives in " + authority.name() + " (" + authority.code() + "); the case moved to its "
                            + "duty team."));
                    try (PreparedStatement q = c.prepareStatement("UPDATE duty_case SET local_authority = ?, "
                            + "team = ?, flags = ?, rules_fired = CAST(? AS jsonb) WHERE id = ?")) {
                        q.setString(1, authority.code());
                        q.setString(2, authority.team());
                        q.setArray(3, c.createArrayOf("text", flags.stream().map(Enum::name).sorted().toArray()));
                        q.setString(4, Json.write(fired));
                        q.setObject(5, d.id());
                        q.executeUpdate();
                    }
                    AuditTrail.record(c, caller, "CONFIRM_AUTHORITY", target, "MOVED " + authority.code());
                    Outbox.append(c, EventEnvelope.of(EventType.REFERRAL_TRIAGED, d.referralId(), d.referralId(),
                            new ReferralTriaged(d.referralId(), d.id(), d.reference(), authority.code(),
                                    authority.team(), d.level(), d.priority(), d.recommendedPathway(), flags,
                                    d.rulesetVersion(), d.decisionDueAt(), d.status(), d.priorReferrals12Months()),
                            Instant.now()));
                }
                return null;
            });
        } catch (Problem.Exception refused) {
            QuarkusTransaction.requiringNew().call(() -> {
                try (Connection c = dataSource.getConnection()) {
                    AuditTrail.record(c, caller, "CONFIRM_AUTHORITY", target, "REFUSED " + refused.problem().status());
                }
                return null;
            });
            throw refused;
        }
    }
}
