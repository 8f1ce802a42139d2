package org.opendoor.infra;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * Keycloak's own database in the embedded PostgreSQL. Keycloak imports the realm file only into an empty database,
 * so the database is labelled with the fingerprint of the realm it was made from, and made afresh (users' sessions
 * and admin console changes go with it) when the realm file in the repository changes.
 */
public record KeycloakDatabase(String host, int port, String name, String user, String password) {
    private static final String LABEL = "opendoor realm ";

    public KeycloakDatabase {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("Not a plain database name: " + name);
        }
    }

    /** The database {@code keycloak} on the embedded server, as its superuser. */
    public static KeycloakDatabase on(int postgresPort) {
        return new KeycloakDatabase("127.0.0.1", postgresPort, "keycloak", PostgresServer.USER, PostgresServer.USER);
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + name;
    }

    /** What became of the database when it was prepared. */
    public enum Preparation {
        /** It holds the realm already: Keycloak starts on it as it is. */
        KEPT,
        /** It did not exist: Keycloak creates its schema and imports the realm. */
        CREATED,
        /** It held an older realm file's import: dropped and created empty, so the realm is imported again. */
        RECREATED
    }

    /** Makes sure the database exists and was made from this realm. */
    public Preparation prepare(String realmFingerprint) {
        try (Connection admin = DriverManager.getConnection(
                "jdbc:postgresql://" + host + ":" + port + "/" + PostgresServer.DATABASE, user, password);
                Statement statement = admin.createStatement()) {
            Optional<String> label = label(admin);
            String wanted = LABEL + realmFingerprint;
            if (label.isPresent() && label.get().equals(wanted)) {
                return Preparation.KEPT;
            }
            if (label.isPresent()) {
                statement.execute("DROP DATABASE " + name + " WITH (FORCE)");
            }
            statement.execute("CREATE DATABASE " + name);
            statement.execute("COMMENT ON DATABASE " + name + " IS '" + wanted + "'");
            return label.isPresent() ? Preparation.RECREATED : Preparation.CREATED;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare Keycloak's database " + jdbcUrl(), e);
        }
    }

    /** The label of the database, empty when it does not exist (a database without a label has label ""). */
    private Optional<String> label(Connection admin) throws SQLException {
        try (PreparedStatement q = admin.prepareStatement(
                "SELECT coalesce(shobj_description(oid, 'pg_database'), '') FROM pg_database WHERE datname = ?")) {
            q.setString(1, name);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }
}
