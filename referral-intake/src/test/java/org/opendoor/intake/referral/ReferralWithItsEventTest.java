package org.opendoor.intake.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.opendoor.intake.TestRequests.SCHOOL_REFERRAL;
import static org.opendoor.intake.TestRequests.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Year;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.opendoor.infra.OpenDoorTestResource;

/**
 * A referral entity and its outbox event (plain JDBC) are one transaction on one connection: when the referral
 * cannot be written at commit, its event is not published either, and the referrer is not told it was accepted.
 */
@QuarkusTest
@QuarkusTestResource(OpenDoorTestResource.class)
class ReferralWithItsEventTest {
    @Inject
    EntityManager entityManager;
    @Inject
    ReferenceNumbers references;

    @Test
    void aReferralThatCannotBeStoredLeavesNoEventBehind() {
        Year year = Year.now(ZoneId.of("Europe/London"));
        // a referral restored from elsewhere already holds the reference the next submission will be given
        String taken = QuarkusTransaction.requiringNew().call(() -> {
            long last = Long.parseLong(references.next(year).substring(8));
            String next = String.format("OD-%d-%06d", year.getValue(), last + 1);
            entityManager.createNativeQuery("""
                    INSERT INTO referral (id, reference, source, source_code, submitting_org, received_at, status, body)
                    VALUES (gen_random_uuid(), :reference, 'SCHOOL', '2A', 'URN:999999', now(), 'RECEIVED', '{}')""")
                    .setParameter("reference", next).executeUpdate();
            return next;
        });

        // the reference's unique key fails when Hibernate flushes the referral at commit, after the outbox insert
        as("school", "URN:100001").body(SCHOOL_REFERRAL).post("/api/v1/referrals")
                .then().statusCode(500).contentType("application/problem+json")
                .body(not(containsString("Exception")));

        assertThat(count("SELECT count(*) FROM referral WHERE reference = ?1", taken)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM outbox_event WHERE payload LIKE ?1", "%\"" + taken + "\"%"))
                .as("events about the reference").isZero();
        assertThat(count("SELECT count(*) FROM audit_record WHERE outcome = ?1 AND target NOT IN "
                + "(SELECT CAST(id AS TEXT) FROM referral)", "ACCEPTED"))
                .as("acceptances audited for referrals that were not stored").isZero();
    }

    private long count(String sql, String parameter) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(sql)
                .setParameter(1, parameter).getSingleResult()).longValue());
    }
}
