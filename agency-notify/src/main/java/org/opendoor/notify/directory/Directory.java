package org.opendoor.notify.directory;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Who to tell, by kind and key. Held in the database so admin changes reach every instance and survive
 * restarts; the data files are validated and loaded at start-up, and an entry an administrator changed is not
 * overwritten by its file.
 */
@Startup
@ApplicationScoped
public class Directory {
    private final AgroalDataSource dataSource;
    private Map<String, String> authorities;
    private Partnerships partnerships;

    public Directory(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @PostConstruct
    void load() {
        DirectoryFiles files = DirectoryFiles.onClasspath();
        authorities = Map.copyOf(files.authorities());
        partnerships = files.partnerships();
        List<Recipient> entries = files.entries();
        try (Connection c = dataSource.getConnection();
                PreparedStatement upsert = c.prepareStatement("""
                        INSERT INTO directory_entry (kind, entry_key, name, local_authority, channel, address, source)
                        VALUES (?, ?, ?, ?, ?, ?, 'FILE')
                        ON CONFLICT (kind, entry_key) DO UPDATE SET name = excluded.name,
                            local_authority = excluded.local_authority, channel = excluded.channel,
                            address = excluded.address, secret = NULL, updated_at = now()
                        WHERE directory_entry.source = 'FILE'""")) {
            for (Recipient r : entries) {
                upsert.setString(1, r.kind().name());
                upsert.setString(2, r.key());
                upsert.setString(3, r.name());
                upsert.setString(4, r.localAuthority());
                upsert.setString(5, r.channel().name());
                upsert.setString(6, r.address());
                upsert.addBatch();
            }
            upsert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not load the directory into the database", e);
        }
    }

    /** ONS code → authority name. */
    public Map<String, String> authorities() {
        return authorities;
    }

    public Partnerships partnerships() {
        return partnerships;
    }

    /** What an entry an administrator sends must satisfy: the same rules as the data files. */
    public List<String[]> violations(Recipient entry) {
        return RecipientRules.violations(entry, authorities.keySet(), partnerships.all().stream()
                .map(Partnership::key).collect(Collectors.toSet()));
    }

    public Optional<Recipient> find(RecipientKind kind, String key) {
        if (key == null) {
            return Optional.empty();
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement q = c.prepareStatement(
                        "SELECT * FROM directory_entry WHERE kind = ? AND entry_key = ?")) {
            q.setString(1, kind.name());
            q.setString(2, key);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Directory lookup failed", e);
        }
    }

    public List<Recipient> list(RecipientKind kind) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement q = c.prepareStatement(
                        "SELECT * FROM directory_entry WHERE kind = ? ORDER BY entry_key")) {
            q.setString(1, kind.name());
            List<Recipient> all = new ArrayList<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    all.add(read(rs));
                }
            }
            return all;
        } catch (SQLException e) {
            throw new IllegalStateException("Directory listing failed", e);
        }
    }

    /** Saves an administrator's entry (already validated), in the caller's transaction. */
    public void save(Connection c, Recipient r) throws SQLException {
        try (PreparedStatement upsert = c.prepareStatement("""
                INSERT INTO directory_entry (kind, entry_key, name, local_authority, channel, address, secret, source)
                VALUES (?, ?, ?, ?, ?, ?, ?, 'ADMIN')
                ON CONFLICT (kind, entry_key) DO UPDATE SET name = excluded.name,
                    local_authority = excluded.local_authority, channel = excluded.channel,
                    address = excluded.address, secret = excluded.secret, source = 'ADMIN', updated_at = now()""")) {
            upsert.setString(1, r.kind().name());
            upsert.setString(2, r.key());
            upsert.setString(3, r.name());
            upsert.setString(4, r.localAuthority());
            upsert.setString(5, r.channel().name());
            upsert.setString(6, r.address());
            upsert.setString(7, r.secret());
            upsert.executeUpdate();
        }
    }

    /** Removes an entry; true when there was one. */
    public boolean remove(Connection c, RecipientKind kind, String key) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement(
                "DELETE FROM directory_entry WHERE kind = ? AND entry_key = ?")) {
            delete.setString(1, kind.name());
            delete.setString(2, key);
            return delete.executeUpdate() == 1;
        }
    }

    private static Recipient read(ResultSet rs) throws SQLException {
        return new Recipient(RecipientKind.valueOf(rs.getString("kind")), rs.getString("entry_key"),
                rs.getString("name"), rs.getString("local_authority"), Channel.valueOf(rs.getString("channel")),
                rs.getString("address"), rs.getString("secret"));
    }
}
