package org.opendoor.triage.escalation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.opendoor.triage.Referrals.aReferral;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.opendoor.infra.OpenDoorTestResource;
import org.opendoor.infra.TestInfrastructure;
import org.opendoor.model.CaseEscalated;
import org.opendoor.model.EventEnvelope;
import org.opendoor.model.Topics;
import org.opendoor.triage.Messaging;
import org.opendoor.triage.Referrals;

/** A case past its deadline is escalated to the duty manager exactly once, and counted. */
@QuarkusTest
@QuarkusTestResource(OpenDoorTestResource.class)
class OverdueCasesTest {
    /** On the management interface: /q/* is not on the public port. */
    @TestHTTPResource(value = "/", management = true)
    URL management;

    private URL metrics() {
        return TestInfrastructure.at(management, "/q/metrics");
    }

    @Inject
    Messaging consumer;
    @Inject
    OverdueCases overdue;
    @Inject
    AgroalDataSource dataSource;

    @Test
    void anOverdueCaseIsEscalatedOnceAndCounted() throws Exception {
        Referrals late = aReferral().inDanger();
        late.receivedAt = Instant.now().minus(Duration.ofHours(5)).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        consumer.deliver(late.event());
        Referrals onTime = aReferral().inDanger();
        consumer.deliver(onTime.event());

        overdue.escalateOverdue(Instant.now());
        overdue.escalateOverdue(Instant.now());

        assertThat(escalations(late)).hasSize(1);
        CaseEscalated event = EventEnvelope.fromJson(escalations(late).get(0)).payloadAs(CaseEscalated.class);
        assertThat(event.team()).isEqualTo("leicestershire-first-response");
        assertThat(event.decisionDueAt()).isEqualTo(late.receivedAt.plus(Duration.ofHours(4)));
        assertThat(escalations(onTime)).isEmpty();
        given().get(metrics()).then().statusCode(200)
                .body(containsString("opendoor_cases_escalated_total"))
                .body(containsString("opendoor_cases_overdue"));
    }

    private java.util.List<String> escalations(Referrals referral) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(
                "SELECT payload FROM outbox_event WHERE message_key = ? AND topic = ?")) {
            q.setString(1, referral.referralId.toString());
            q.setString(2, Topics.CASE_ESCALATED);
            java.util.List<String> found = new java.util.ArrayList<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getString(1));
                }
            }
            return found;
        }
    }
}
