package org.opendoor.triage.cases;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import org.opendoor.web.AuditAction;
import org.opendoor.web.AuditTrail;
import org.opendoor.web.Caller;
import org.opendoor.web.Problem;

/**
 * The one way a person's command on a case runs: in its own transaction, on the case locked, 404 when the caller
 * may not see it, audited with its outcome; a refusal is audited too, in a transaction of its own, and re-thrown.
 * (The transactional methods are called on this bean itself: Quarkus intercepts self-invocation.)
 *
 * <p>The command changes entities and writes its event to the outbox on the transaction's connection (plain JDBC,
 * the same connection Hibernate writes the entities on). Hibernate writes the entity changes when the transaction
 * commits, after the event; a change that cannot be written rolls the event back with it.
 */
@ApplicationScoped
public class CaseCommands {
    /** The command's work on the locked case; answers the outcome the audit records. */
    @FunctionalInterface
    public interface Command {
        String apply(Connection c, DutyCase locked) throws Exception;
    }

    private final AgroalDataSource dataSource;
    private final DutyCases cases;
    private final CaseAccess access;

    CaseCommands(AgroalDataSource dataSource, DutyCases cases, CaseAccess access) {
        this.dataSource = dataSource;
        this.cases = cases;
        this.access = access;
    }

    public void run(Caller caller, AuditAction action, UUID caseId, String target, Command command) {
        try {
            apply(caller, action, caseId, target, command);
        } catch (Problem.Exception refused) {
            auditRefusal(caller, action, target, refused);
            throw refused;
        }
    }

    /** The command and its audit record: both are kept, or neither. */
    @Transactional(value = Transactional.TxType.REQUIRES_NEW, rollbackOn = Exception.class)
    void apply(Caller caller, AuditAction action, UUID caseId, String target, Command command) {
        DutyCase d = cases.forCommand(caseId).filter(found -> access.maySee(caller, found))
                .orElseThrow(() -> new Problem.Exception(Response.Status.NOT_FOUND, "No such case."));
        try (Connection c = dataSource.getConnection()) {
            AuditTrail.record(c, caller, action, target, command.apply(c, d));
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("The " + action + " command on case " + caseId + " failed", e);
        }
    }

    @Transactional(value = Transactional.TxType.REQUIRES_NEW, rollbackOn = Exception.class)
    void auditRefusal(Caller caller, AuditAction action, String target, Problem.Exception refused) {
        try (Connection c = dataSource.getConnection()) {
            AuditTrail.record(c, caller, action, target, "REFUSED " + refused.problem().status());
        } catch (SQLException e) {
            throw new IllegalStateException("The refusal of " + action + " could not be audited", e);
        }
    }

    static Problem.Exception invalid(String field, String message) {
        return new Problem.Exception(Problem.invalid("The request has 1 invalid field(s).",
                java.util.List.of(new Problem.Violation(field, message))));
    }
}
