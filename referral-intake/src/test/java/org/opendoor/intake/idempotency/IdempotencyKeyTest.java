package org.opendoor.intake.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.opendoor.intake.TestRequests.SCHOOL_REFERRAL;
import static org.opendoor.intake.TestRequests.as;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.opendoor.infra.OpenDoorTestResource;

/** Retries with an Idempotency-Key never create a second referral. */
@QuarkusTest
@QuarkusTestResource(OpenDoorTestResource.class)
class IdempotencyKeyTest {
    @Inject
    AgroalDataSource dataSource;

    private static ExtractableResponse<Response> submit(String org, String key, String body) {
        return as("school", org).header("Idempotency-Key", key).body(body)
                .when().post("/api/v1/referrals").then().extract();
    }

    @Test
    void aRetryWithTheSameBodyGetsTheFirstAnswer() throws Exception {
        String key = UUID.randomUUID().toString();
        long before = referrals();
        ExtractableResponse<Response> first = submit("URN:100001", key, SCHOOL_REFERRAL);
        // same content, different whitespace: the same request
        ExtractableResponse<Response> retry = submit("URN:100001", key, SCHOOL_REFERRAL.replace("\n", "\n  "));

        assertThat(first.statusCode()).isEqualTo(202);
        assertThat(retry.statusCode()).isEqualTo(202);
        assertThat(retry.<String>path("referralId")).isEqualTo(first.path("referralId"));
        assertThat(retry.<String>path("reference")).isEqualTo(first.path("reference"));
        assertThat(retry.<String>path("receivedAt")).isEqualTo(first.path("receivedAt"));
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(referralsWithKey(key)).isEqualTo(1);
        assertThat(referrals()).isEqualTo(before + 1);
    }

    @Test
    void theSameKeyWithADifferentBodyIs409AndStoresNothing() throws Exception {
        String key = UUID.randomUUID().toString();
        submit("URN:100001", key, SCHOOL_REFERRAL);
        long before = referrals();
        as("school", "URN:100001").header("Idempotency-Key", key)
                .body(SCHOOL_REFERRAL.replace("Arrives hungry", "Arrives very hungry"))
                .when().post("/api/v1/referrals")
                .then().statusCode(409).contentType("application/problem+json").body("status", equalTo(409));
        assertThat(referrals()).isEqualTo(before);
    }

    @Test
    void keysAreScopedToTheSubmittingOrganisation() {
        String key = UUID.randomUUID().toString();
        String ours = submit("URN:100001", key, SCHOOL_REFERRAL).path("referralId");
        String theirs = submit("URN:100002", key, SCHOOL_REFERRAL).path("referralId");
        assertThat(theirs).isNotNull().isNotEqualTo(ours);
    }

    @Test
    void concurrentRetriesCreateOneReferral() throws Exception {
        String key = UUID.randomUUID().toString();
        long before = referrals();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<ExtractableResponse<Response>>> answers = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                answers.add(pool.submit(() -> submit("URN:100001", key, SCHOOL_REFERRAL)));
            }
            Set<String> ids = new HashSet<>();
            for (Future<ExtractableResponse<Response>> answer : answers) {
                ExtractableResponse<Response> r = answer.get();
                assertThat(r.statusCode()).isEqualTo(202);
                ids.add(r.path("referralId"));
            }
            assertThat(ids).hasSize(1);
            assertThat(referrals()).isEqualTo(before + 1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anUnusableKeyIs400() {
        as("school", "URN:100001").header("Idempotency-Key", "x".repeat(201)).body(SCHOOL_REFERRAL)
                .when().post("/api/v1/referrals")
                .then().statusCode(400).body("violations[0].field", equalTo("Idempotency-Key"));
    }

    private long referralsWithKey(String key) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement("""
                SELECT count(*) FROM referral r JOIN idempotency_key k ON k.referral_id = r.id
                WHERE k.idempotency_key = ?""")) {
            q.setString(1, key);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private long referrals() throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement("SELECT count(*) FROM referral");
                ResultSet rs = q.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
