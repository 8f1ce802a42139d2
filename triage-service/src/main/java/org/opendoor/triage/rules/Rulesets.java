package org.opendoor.triage.rules;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.logging.Logger;
import org.opendoor.data.DataFile;

/**
 * The rulesets in force, one per partnership, chosen by the local authority a referral was routed to. Each is
 * validated when loaded and recorded in the {@code ruleset} table, so every case's {@code rulesetVersion} can be
 * looked up later; a version is immutable: changed rules need a new version.
 */
@ApplicationScoped
@Startup // data files are validated at start-up, not at the first referral
public class Rulesets {
    private static final Logger LOG = Logger.getLogger(Rulesets.class);
    private static final String RECORD = """
            INSERT INTO ruleset (version, partnership, content, content_sha256) VALUES (?, ?, ?, ?)
            ON CONFLICT (version) DO UPDATE SET last_loaded_at = now()
            WHERE ruleset.content_sha256 = EXCLUDED.content_sha256""";

    private final Map<String, Ruleset> byVersion = new LinkedHashMap<>();
    private final Map<String, Ruleset> byAuthority = new LinkedHashMap<>();
    private final Map<String, String> contentByVersion = new LinkedHashMap<>();
    private final Map<String, String> fileByVersion = new LinkedHashMap<>();
    private final AgroalDataSource dataSource;

    public Rulesets(RulesConfig config, AgroalDataSource dataSource) {
        this.dataSource = dataSource;
        for (String file : config.files()) {
            String content = DataFile.shipped(file);
            Ruleset ruleset = RulesetLoader.parse(file, content);
            if (byVersion.putIfAbsent(ruleset.version(), ruleset) != null) {
                throw new RulesetInvalidException(file, null, "version " + ruleset.version() + " is loaded twice");
            }
            contentByVersion.put(ruleset.version(), content);
            fileByVersion.put(ruleset.version(), file);
            for (String la : ruleset.localAuthorities()) {
                Ruleset other = byAuthority.putIfAbsent(la, ruleset);
                if (other != null) {
                    throw new RulesetInvalidException(file, null, "authority " + la + " is already covered by "
                            + other.version());
                }
            }
        }
    }

    /** The ruleset of the authority's partnership; an authority without one is a configuration error. */
    public Ruleset forAuthority(String localAuthority) {
        Ruleset ruleset = byAuthority.get(localAuthority);
        if (ruleset == null) {
            throw new IllegalStateException("No ruleset covers local authority " + localAuthority);
        }
        return ruleset;
    }

    public boolean covers(String localAuthority) {
        return byAuthority.containsKey(localAuthority);
    }

    /** A loaded ruleset by its version (a partnership's, for the cases of its hub). */
    public Ruleset version(String version) {
        Ruleset ruleset = byVersion.get(version);
        if (ruleset == null) {
            throw new IllegalStateException("No ruleset " + version + " is loaded; loaded: " + byVersion.keySet());
        }
        return ruleset;
    }

    void recordHistory(@Observes @Priority(10) StartupEvent event) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement(RECORD)) {
            for (Ruleset ruleset : byVersion.values()) {
                String content = contentByVersion.get(ruleset.version());
                insert.setString(1, ruleset.version());
                insert.setString(2, ruleset.partnership());
                insert.setString(3, content);
                insert.setString(4, sha256(content));
                if (insert.executeUpdate() == 0) {
                    throw new RulesetInvalidException(fileByVersion.get(ruleset.version()), null, "version "
                            + ruleset.version() + " is already recorded with different content; "
                            + "changed rules need a new version");
                }
                LOG.infof("Ruleset %s (%s) in force for %s", ruleset.version(), ruleset.partnership(),
                        ruleset.localAuthorities());
            }
        }
    }

    /** The Children in Need code lists, validated at start-up like the rulesets. */
    @jakarta.enterprise.inject.Produces
    @jakarta.inject.Singleton
    static CinCodes cinCodes(RulesConfig config) {
        return new CinCodes(config.cinCodes(), DataFile.shipped(config.cinCodes()));
    }

    static String sha256(String content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
