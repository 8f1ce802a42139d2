package org.opendoor.intake.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opendoor.intake.TestRequests.SCHOOL_REFERRAL;
import static org.opendoor.intake.TestRequests.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Year;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.opendoor.infra.OpenDoorTestResource;

@QuarkusTest
@QuarkusTestResource(OpenDoorTestResource.class)
class ReferenceNumbersTest {
    @Inject
    ReferenceNumbers references;
    @Inject
    EntityManager entityManager;

    @Test
    void concurrentSubmissionsGetDistinctReferences() throws Exception {
        Callable<String> submit = () -> as("school", "URN:100001").body(SCHOOL_REFERRAL).post("/api/v1/referrals")
                .then().statusCode(202).extract().path("reference");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> answers = pool.invokeAll(IntStream.range(0, 24).mapToObj(i -> submit).toList());
            List<String> references = answers.stream().map(ReferenceNumbersTest::get).toList();
            assertThat(references).doesNotHaveDuplicates().allMatch(r -> r.matches("OD-\\d{4}-\\d{6}"));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aNewYearStartsAtOne() throws Exception {
        QuarkusTransaction.begin();
        try {
            assertThat(references.next(Year.of(2999))).isEqualTo("OD-2999-000001");
            assertThat(references.next(Year.of(2999))).isEqualTo("OD-2999-000002");
        } finally {
            QuarkusTransaction.rollback(); // which also drops the year's new sequence
        }
    }

    @Test
    void aYearTheOldCounterIssuedContinuesAfterItsLastReference() throws Exception {
        QuarkusTransaction.begin();
        try {
            entityManager.createNativeQuery("INSERT INTO reference_counter (year, last_issued) VALUES (2998, 41)")
                    .executeUpdate();
            assertThat(references.next(Year.of(2998))).isEqualTo("OD-2998-000042");
        } finally {
            QuarkusTransaction.rollback();
        }
    }

    @Test
    void twoTransactionsStartingTheSameYearAtOnceShareOneSequence() throws Exception {
        ExecutorService transactions = Executors.newFixedThreadPool(2);
        CountDownLatch firstTookOne = new CountDownLatch(1);
        CountDownLatch secondStarted = new CountDownLatch(1);
        try {
            Future<String> first = transactions.submit(() -> QuarkusTransaction.requiringNew().call(() -> {
                String reference = references.next(Year.of(2997));
                firstTookOne.countDown();
                secondStarted.await();
                Thread.sleep(300); // the second is now waiting for this transaction's new sequence
                return reference;
            }));
            firstTookOne.await();
            // the second creates the same sequence, waits for the first transaction, then uses its sequence
            Future<String> second = transactions.submit(() -> QuarkusTransaction.requiringNew().call(() -> {
                secondStarted.countDown();
                return references.next(Year.of(2997));
            }));
            assertThat(first.get()).isEqualTo("OD-2997-000001");
            assertThat(second.get()).isEqualTo("OD-2997-000002");
        } finally {
            transactions.shutdownNow();
            QuarkusTransaction.requiringNew().run(() ->
                    entityManager.createNativeQuery("DROP SEQUENCE IF EXISTS reference_2997").executeUpdate());
        }
    }

    private static String get(Future<String> answer) {
        try {
            return answer.get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
