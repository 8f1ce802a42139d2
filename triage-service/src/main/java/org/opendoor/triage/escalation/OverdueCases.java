package org.opendoor.triage.escalation;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;
import org.opendoor.messaging.Outbox;
import org.opendoor.model.CaseEscalated;
import org.opendoor.model.EventEnvelope;
import org.opendoor.model.EventType;
import org.opendoor.model.Priority;

/**
 * Marks cases that passed their decision deadline undecided, counts them, and tells the duty manager by
 * publishing CaseEscalated through the outbox. Each case is escalated once: the mark and the event commit
 * together, and the claim skips rows another instance holds.
 */
@ApplicationScoped
public class OverdueCases {
    private static final Logger LOG = Logger.getLogger(OverdueCases.class);
    private static final String CLAIM = """
            UPDATE duty_case SET escalated_at = ? WHERE id IN (
                SELECT id FROM duty_case WHERE status = 'AWAITING_DECISION' AND escalated_at IS NULL
                AND decision_due_at < ? ORDER BY decision_due_at LIMIT 200 FOR UPDATE SKIP LOCKED)
            RETURNING id, referral_id, reference, local_authority, team, priority, decision_due_at""";
    private static final String OVERDUE = """
            SELECT count(*) FROM duty_case WHERE status = 'AWAITING_DECISION' AND decision_due_at < now()""";

    private final AgroalDataSource dataSource;
    private final Counter escalated;
    private final AtomicLong overdue = new AtomicLong();

    public OverdueCases(AgroalDataSource dataSource, MeterRegistry registry) {
        this.dataSource = dataSource;
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

    /** Escalates every case overdue at {@code now} not escalated before; returns how many. */
    public int escalateOverdue(Instant now) throws SQLException {
        int count = QuarkusTransaction.requiringNew().call(() -> {
            int n = 0;
            try (Connection c = dataSource.getConnection(); PreparedStatement claim = c.prepareStatement(CLAIM)) {
                claim.setObject(1, java.sql.Timestamp.from(now));
                claim.setObject(2, java.sql.Timestamp.from(now));
                try (ResultSet rs = claim.executeQuery()) {
                    while (rs.next()) {
                        UUID referralId = rs.getObject("referral_id", UUID.class);
                        CaseEscalated event = new CaseEscalated(referralId, rs.getObject("id", UUID.class),
                                rs.getString("reference"), rs.getString("local_authority"), rs.getString("team"),
                                Priority.valueOf(rs.getString("priority")),
                                rs.getTimestamp("decision_due_at").toInstant(), now);
                        Outbox.append(c, EventEnvelope.of(EventType.CASE_ESCALATED, referralId, referralId, event, now));
                        n++;
                    }
                }
            }
            return n;
        });
        escalated.increment(count);
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(OVERDUE);
                ResultSet rs = q.executeQuery()) {
            rs.next();
            overdue.set(rs.getLong(1));
        }
        return count;
    }
}
