package org.opendoor.triage.cases;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hibernate.Timeouts;
import org.hibernate.jpa.HibernateHints;
import org.opendoor.model.CaseStatus;
import org.opendoor.model.Priority;

/** The duty_case table. */
@ApplicationScoped
public class DutyCases implements PanacheRepositoryBase<DutyCase, UUID> {
    /** Most urgent first: priority, then the decision deadline. */
    private static final String MOST_URGENT_FIRST = " order by case priority when org.opendoor.model.Priority.RED then 0"
            + " when org.opendoor.model.Priority.AMBER then 1 else 2 end, decisionDueAt, receivedAt";

    /** The case, locked until the transaction ends: a person's commands on one case run one after the other. */
    public Optional<DutyCase> forCommand(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public Optional<DutyCase> findByReferral(UUID referralId) {
        return find("referralId", referralId).firstResultOptional();
    }

    public Optional<DutyCase> findByReference(String reference) {
        return find("reference", reference).firstResultOptional();
    }

    /** A queue: the cases of this authority or of these queues, filtered, most urgent first; read only. */
    public List<DutyCase> queue(String localAuthority, Set<String> extraQueues, CaseStatus status, Priority priority,
            int limit) {
        Parameters parameters = Parameters.with("authority", localAuthority);
        String where = "(localAuthority = :authority";
        if (!extraQueues.isEmpty()) {
            where += " or team in :queues";
            parameters.and("queues", extraQueues);
        }
        where += ")";
        if (status != null) {
            where += " and status = :status";
            parameters.and("status", status);
        }
        if (priority != null) {
            where += " and priority = :priority";
            parameters.and("priority", priority);
        }
        return find(where + MOST_URGENT_FIRST, parameters).withHint(HibernateHints.HINT_READ_ONLY, true)
                .range(0, limit - 1).list();
    }

    /**
     * Undecided cases past their deadline and not escalated yet, oldest deadline first, locked; rows another instance
     * holds are skipped, so each case is escalated by one instance only.
     */
    public List<DutyCase> overdueToEscalate(Instant now, int atMost) {
        return find("status = ?1 and escalatedAt is null and decisionDueAt < ?2 order by decisionDueAt",
                CaseStatus.AWAITING_DECISION, now).withLock(LockModeType.PESSIMISTIC_WRITE)
                .withHint("jakarta.persistence.lock.timeout", Timeouts.SKIP_LOCKED_MILLI).range(0, atMost - 1).list();
    }

    /** Undecided cases past their deadline, escalated or not. */
    public long overdue(Instant now) {
        return count("status = ?1 and decisionDueAt < ?2", CaseStatus.AWAITING_DECISION, now);
    }
}
