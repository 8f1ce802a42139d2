package org.opendoor.intake.referral;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Year;

/**
 * Issues human-friendly references, increasing per year: OD-2026-000123. Each year has its own database sequence
 * (next_reference, migration V12), so concurrent submissions never wait for each other's commit to get a
 * number. The price: a transaction that rolls back after taking a number leaves a gap; references are unique
 * and increasing, but not gap-free.
 */
@ApplicationScoped
class ReferenceNumbers {
    private final AgroalDataSource dataSource;

    ReferenceNumbers(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * The year's next reference, in the caller's transaction (which creates the year's sequence if need be). Plain
     * JDBC on the transaction's connection, as the outbox: a native query through Hibernate costs a plan-cache
     * lookup that was most of intake's CPU per referral.
     */
    String next(Year year) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement q = c.prepareStatement("SELECT next_reference(?)")) {
            q.setInt(1, year.getValue());
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return String.format("OD-%d-%06d", year.getValue(), rs.getLong(1));
            }
        }
    }
}
