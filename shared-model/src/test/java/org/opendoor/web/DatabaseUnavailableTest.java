package org.opendoor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class DatabaseUnavailableTest {
    private static boolean unavailable(Throwable e) {
        return ProblemMappers.UnexpectedErrorMapper.databaseUnavailable(e);
    }

    @Test
    void aServerShutdownOrLostConnectionAnywhereInTheChainIsUnavailable() {
        assertThat(unavailable(new RuntimeException(new SQLException("terminating connection", "57P01")))).isTrue();
        assertThat(unavailable(new IllegalStateException(new SQLException("connection refused", "08001")))).isTrue();
    }

    @Test
    void aConnectionFailureHiddenAmongSuppressedExceptionsIsFound() {
        RuntimeException commitFailed = new RuntimeException("commit failed");
        commitFailed.addSuppressed(new SQLException("I/O error", "08006"));
        assertThat(unavailable(new RuntimeException(commitFailed))).isTrue();
    }

    @Test
    void anExhaustedPoolIsUnavailable() {
        assertThat(unavailable(new RuntimeException(new SQLException("Sorry, acquisition timeout!")))).isTrue();
    }

    @Test
    void ordinaryBugsAndConstraintViolationsAreNot() {
        assertThat(unavailable(new IllegalStateException("bug"))).isFalse();
        assertThat(unavailable(new RuntimeException(new SQLException("duplicate key", "23505")))).isFalse();
    }
}
