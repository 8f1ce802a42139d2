package org.opendoor.intake.referral;

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
final class ReferenceNumbers {
    private static final String NEXT = "SELECT next_reference(?)";

    private ReferenceNumbers() {
    }

    static String next(Connection connection, Year year) throws SQLException {
        try (PreparedStatement next = connection.prepareStatement(NEXT)) {
            next.setInt(1, year.getValue());
            try (ResultSet rs = next.executeQuery()) {
                rs.next();
                return String.format("OD-%d-%06d", year.getValue(), rs.getLong(1));
            }
        }
    }
}
