package org.opendoor.triage.cases;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.sql.Connection;
import java.util.UUID;
import org.opendoor.web.AuditAction;
import org.opendoor.web.AuditTrail;
import org.opendoor.web.Caller;
import org.opendoor.web.Problem;

/**
 * The one way a person's command on a case runs: in its own transaction, on the case locked, 404 when the caller
 * may not see it, audited with its outcome; a refusal is audited too, in a transaction of its own, and re-thrown.
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

    public CaseCommands(AgroalDataSource dataSource, DutyCases cases, CaseAccess access) {
        this.dataSource = dataSource;
        this.cases = cases;
        this.access = access;
    }

    public void run(Caller caller, AuditAction action, UUID caseId, String target, Command command) {
        try {
            QuarkusTransaction.requiringNew().call(() -> {
                try (Connection c = dataSource.getConnection()) {
                    DutyCase d = cases.find(c, caseId, true).filter(found -> access.maySee(caller, found))
                            .orElseThrow(() -> new Problem.Exception(Response.Status.NOT_FOUND, "No such case."));
                    AuditTrail.record(c, caller, action, target, command.apply(c, d));
                }
                return null;
            });
        } catch (Problem.Exception refused) {
            QuarkusTransaction.requiringNew().call(() -> {
                try (Connection c = dataSource.getConnection()) {
                    AuditTrail.record(c, caller, action, target, "REFUSED " + refused.problem().status());
                }
                return null;
            });
            throw refused;
        }
    }

    static Problem.Exception invalid(String field, String message) {
        return new Problem.Exception(Problem.invalid("The request has 1 invalid field(s).",
                java.util.List.of(new Problem.Violation(field, message))));
    }
}
