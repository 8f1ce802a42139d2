package org.opendoor.intake.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opendoor.intake.TestRequests.SCHOOL_REFERRAL;
import static org.opendoor.intake.TestRequests.as;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Year;
import java.util.List;
import java.util.concurrent.Callable;
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
    AgroalDataSource dataSource;

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
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                assertThat(ReferenceNumbers.next(connection, Year.of(2999))).isEqualTo("OD-2999-000001");
                assertThat(ReferenceNumbers.next(connection, Year.of(2999))).isEqualTo("OD-2999-000002");
            } finally {
                connection.rollback();
            }
        }
    }

    @Test
    void aYearTheOldCounterIssuedContinuesAfterItsLastReference() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                try (PreparedStatement counter = connection.prepareStatement(
                        "INSERT INTO reference_counter (year, last_issued) VALUES (2998, 41)")) {
                    counter.executeUpdate();
                }
                assertThat(ReferenceNumbers.next(connection, Year.of(2998))).isEqualTo("OD-2998-000042");
            } finally {
                connection.rollback();
            }
        }
    }

    @Test
    void twoTransactionsStartingTheSameYearAtOnceShareOneSequence() throws Exception {
        ExecutorService other = Executors.newSingleThreadExecutor();
        try (Connection first = dataSource.getConnection(); Connection second = dataSource.getConnection()) {
            first.setAutoCommit(false);
            second.setAutoCommit(false);
            assertThat(ReferenceNumbers.next(first, Year.of(2997))).isEqualTo("OD-2997-000001");
            // the second creates the same sequence, waits for the first transaction, then uses its sequence
            Future<String> secondReference = other.submit(() -> ReferenceNumbers.next(second, Year.of(2997)));
            Thread.sleep(300);
            first.commit();
            assertThat(secondReference.get()).isEqualTo("OD-2997-000002");
            second.commit();
        } finally {
            other.shutdownNow();
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement drop = connection.prepareStatement("DROP SEQUENCE IF EXISTS reference_2997")) {
                drop.executeUpdate();
            }
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
