package org.opendoor.triage.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opendoor.triage.Referrals.aReferral;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.opendoor.infra.OpenDoorTestResource;
import org.opendoor.messaging.Outbox;
import org.opendoor.model.EventEnvelope;
import org.opendoor.model.EventType;
import org.opendoor.model.Pathway;
import org.opendoor.model.SourceCodeCorrected;
import org.opendoor.triage.Messaging;
import org.opendoor.triage.Referrals;
import org.opendoor.web.AuditAction;
import org.opendoor.web.Caller;
import org.opendoor.web.Problem;

/**
 * A command's entity changes (Hibernate) and its outbox event (JDBC on the transaction's connection) commit or roll
 * back together: a command that fails leaves neither, whether it fails in its own code or when Hibernate writes the
 * entities at commit.
 */
@QuarkusTest
@QuarkusTestResource(OpenDoorTestResource.class)
class CaseCommandsTest {
    private static final Caller DUTY_WORKER = new Caller("duty-worker-1", Set.of("duty_worker"), null, "E10000018",
            "duty-team");

    @Inject
    Messaging consumer;
    @Inject
    CaseCommands commands;
    @Inject
    DutyCases cases;
    @Inject
    Decisions decisions;
    @Inject
    EntityManager entityManager;

    @Test
    void aCommandRefusedAfterItsChangesWereWrittenLeavesNeitherTheChangeNorItsEvent() throws Exception {
        UUID caseId = aCase();
        EventEnvelope event = sourceCodeCorrected(caseId);

        assertThatThrownBy(() -> commands.run(DUTY_WORKER, AuditAction.CORRECT_SOURCE_CODE, caseId, "case:" + caseId,
                (c, d) -> {
                    d.correctSourceCode("1A");
                    cases.flush(); // the UPDATE has run on the connection...
                    Outbox.append(c, event); // ...and so has the event's INSERT
                    throw new Problem.Exception(Response.Status.CONFLICT, "Refused after the changes.");
                })).isInstanceOf(Problem.Exception.class);

        assertThat(sourceCodeOf(caseId)).isEqualTo("2A");
        assertThat(outboxRows(event.eventId())).isZero();
        assertThat(audited(caseId, "REFUSED 409")).isEqualTo(1);
    }

    @Test
    void anEntityThatCannotBeWrittenAtCommitTakesTheEventWrittenBeforeItWithIt() throws Exception {
        UUID caseId = aCase();
        commands.run(DUTY_WORKER, AuditAction.DECIDE_CASE, caseId, "case:" + caseId, (c, d) -> {
            decisions.persist(new CaseDecision(d.id(), Pathway.EARLY_HELP, "first", "N4", "duty-worker-1", Instant.now()));
            d.decided();
            return "DECIDED EARLY_HELP";
        });
        EventEnvelope event = sourceCodeCorrected(caseId);

        // a second decision breaks the primary key only when Hibernate writes it, at commit, after the event's INSERT
        assertThatThrownBy(() -> commands.run(DUTY_WORKER, AuditAction.DECIDE_CASE, caseId, "case:" + caseId,
                (c, d) -> {
                    Outbox.append(c, event);
                    d.correctSourceCode("1A");
                    decisions.persist(new CaseDecision(d.id(), Pathway.NFA, "second", null, "duty-worker-2", Instant.now()));
                    return "DECIDED NFA";
                })).hasStackTraceContaining("case_decision_pkey");

        assertThat(outboxRows(event.eventId())).isZero();
        assertThat(sourceCodeOf(caseId)).isEqualTo("2A");
        assertThat(audited(caseId, "DECIDED NFA")).isZero();
        assertThat(QuarkusTransaction.requiringNew().call(() -> decisions.findById(caseId).view().rationale()))
                .isEqualTo("first");
    }

    private UUID aCase() throws Exception {
        Referrals referral = aReferral();
        referral.sourceCode = "2A";
        consumer.deliver(referral.event());
        return QuarkusTransaction.requiringNew().call(() -> cases.findByReferral(referral.referralId).orElseThrow()
                .id());
    }

    private static EventEnvelope sourceCodeCorrected(UUID caseId) {
        UUID referralId = UUID.randomUUID();
        return EventEnvelope.of(EventType.SOURCE_CODE_CORRECTED, referralId, referralId,
                new SourceCodeCorrected(referralId, caseId, "OD-2026-000001", "2A", "1A", Instant.now()), Instant.now());
    }

    private String sourceCodeOf(UUID caseId) {
        return QuarkusTransaction.requiringNew().call(() -> cases.findById(caseId).sourceCode());
    }

    private long outboxRows(UUID eventId) {
        return count("SELECT count(*) FROM outbox_event WHERE event_id = ?1", eventId);
    }

    private long audited(UUID caseId, String outcome) {
        return count("SELECT count(*) FROM audit_record WHERE target = 'case:' || CAST(?1 AS TEXT) AND outcome = ?2",
                caseId, outcome);
    }

    private long count(String sql, Object... parameters) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = entityManager.createNativeQuery(sql);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            return ((Number) query.getSingleResult()).longValue();
        });
    }
}
