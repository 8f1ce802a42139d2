package org.opendoor.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditHashTest {
    private static final AuditRow ROW = new AuditRow(7, Instant.parse("2026-12-02T08:00:00.123456Z"), "duty-worker",
            "duty_worker", "E10000018", "READ_CASE", "case:1", "OK", null, "req-1", "192.0.2.1");

    @Test
    void theHashIsSha256HexAndTheSameForTheSameLink() {
        assertThat(AuditHash.of(AuditHash.GENESIS, 1, ROW)).matches("[0-9a-f]{64}")
                .isEqualTo(AuditHash.of(AuditHash.GENESIS, 1, ROW));
    }

    @Test
    void anyChangeToTheRecordItsPlaceOrItsPredecessorChangesTheHash() {
        String hash = AuditHash.of(AuditHash.GENESIS, 1, ROW);
        AuditRow outcome = new AuditRow(7, ROW.at(), "duty-worker", "duty_worker", "E10000018", "READ_CASE", "case:1",
                "NOT_FOUND", null, "req-1", "192.0.2.1");
        AuditRow aMicrosecondLater = new AuditRow(7, ROW.at().plusNanos(1000), "duty-worker", "duty_worker",
                "E10000018", "READ_CASE", "case:1", "OK", null, "req-1", "192.0.2.1");
        assertThat(AuditHash.of(AuditHash.GENESIS, 1, outcome)).isNotEqualTo(hash);
        assertThat(AuditHash.of(AuditHash.GENESIS, 1, aMicrosecondLater)).isNotEqualTo(hash);
        assertThat(AuditHash.of(AuditHash.GENESIS, 2, ROW)).isNotEqualTo(hash);
        assertThat(AuditHash.of("1".repeat(64), 1, ROW)).isNotEqualTo(hash);
    }

    @Test
    void textMovedBetweenFieldsOrNullMadeEmptyIsAnotherHash() {
        AuditRow moved = new AuditRow(7, ROW.at(), "duty-workerduty_worker", "", "E10000018", "READ_CASE", "case:1",
                "OK", null, "req-1", "192.0.2.1");
        AuditRow emptyDetail = new AuditRow(7, ROW.at(), "duty-worker", "duty_worker", "E10000018", "READ_CASE",
                "case:1", "OK", "", "req-1", "192.0.2.1");
        String hash = AuditHash.of(AuditHash.GENESIS, 1, ROW);
        assertThat(AuditHash.of(AuditHash.GENESIS, 1, moved)).isNotEqualTo(hash);
        assertThat(AuditHash.of(AuditHash.GENESIS, 1, emptyDetail)).isNotEqualTo(hash);
    }
}
