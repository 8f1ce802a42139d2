package org.opendoor.triage.escalation;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;
import org.opendoor.messaging.Outbox;
import org.opendoor.model.CaseEscalated;
import org.opendoor.model.EventEnvelope;
import org.opendoor.model.EventType;
import org.opendoor.triage.cases.DutyCase;
import org.opendoor.triage.cases.DutyCases;

/**
 * Marks cases that passed their decision deadline undecided, counts them, and tells the duty manager by
 * publishing CaseEscalated through the outbox. Each case is escalated once: the mark and the event commit
 * together, and the claim skips rows another instance holds.
 */
@ApplicationScoped
public class OverdueCases {
    private static final Logger LOG = Logger.getLogger(OverdueCases.class);
    private static final int AT_MOST = 200;

    private final AgroalDataSource dataSource;
    private final DutyCases cases;
    private final Counter escalated;
    private final AtomicLong overdue = new AtomicLong();

    OverdueCases(AgroalDataSource dataSource, DutyCases cases, MeterRegistry registry) {
        this.dataSource = dataSource;
        this.cases = cases;
        this.escalated = Counter.builder("opendoor_cases_escalated")
                .description("Cases escalated to the duty manager for passing their decision deadline")
                .register(registry);
        Gauge.builder("opendoor_cases_overdue", overdue, AtomicLong::get)
                .description("Cases past their decision deadline and still awaiting a decision").register(registry);
    }

    @Scheduled(every = "${triage.escalation.check-every:30s}", delayed = "${triage.escalation.first-check-after:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void check() {
        try {
            escalateOverdue(Instant.now());
        } catch (RuntimeException | SQLException e) {
            LOG.warnf("Overdue check failed (%s); will try again", e.getClass().getSimpleName());
        }
    }

    /** Escalates every case overdue at {@code now} not escalated before (at most 200 a check); returns how many. */
    public int escalateOverdue(Instant now) throws SQLException {
        int count = escalateInOneTransaction(now);
        escalated.increment(count);
        return count;
    }

    /** The marks and their events commit together (called on this bean itself: Quarkus intercepts self-invocation). */
    @Transactional(value = Transactional.TxType.REQUIRES_NEW, rollbackOn = Exception.class)
    int escalateInOneTransaction(Instant now) throws SQLException {
        List<DutyCase> due = cases.overdueToEscalate(now, AT_MOST);
        try (Connection c = dataSource.getConnection()) {
            for (DutyCase d : due) {
                d.escalated(now);
                CaseEscalated event = new CaseEscalated(d.referralId(), d.id(), d.reference(), d.localAuthority(),
                        d.team(), d.priority(), d.decisionDueAt(), now);
                Outbox.append(c, EventEnvelope.of(EventType.CASE_ESCALATED, d.referralId(), d.referralId(), event,
                        now));
            }
        }
        overdue.set(cases.overdue(now));
        return due.size();
    }
}
