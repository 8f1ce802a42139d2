package org.opendoor.triage.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opendoor.infra.OpenDoorTestResource;
import org.opendoor.data.DataFile;

/** Rulesets in force are stored with their content; a version cannot silently change its rules. */
@QuarkusTest
@QuarkusTestResource(OpenDoorTestResource.class)
class RulesetHistoryTest {
    @Inject
    AgroalDataSource dataSource;
    @Inject
    Rulesets rulesets;

    @Test
    void bothShippedRulesetsAreStoredWithTheirExactContent() throws Exception {
        Map<String, String> stored = new HashMap<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement q = c.prepareStatement("SELECT version, content FROM ruleset");
                ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                stored.put(rs.getString(1), rs.getString(2));
            }
        }
        assertThat(stored).containsEntry("llr-2026.1", DataFile.shipped("rules/llr-2026.1.json"))
                .containsEntry("ddscp-2026.1", DataFile.shipped("rules/ddscp-2026.1.json"));
        assertThat(rulesets.forAuthority("E10000018").version()).isEqualTo("llr-2026.1");
        assertThat(rulesets.forAuthority("E06000015").version()).isEqualTo("ddscp-2026.1");
    }

    @Test
    void aVersionWhoseRulesChangedWithoutANewVersionStopsStartUp() throws Exception {
        execute("UPDATE ruleset SET content_sha256 = 'changed-elsewhere' WHERE version = 'ddscp-2026.1'");
        try {
            assertThatThrownBy(() -> rulesets.recordHistory(null))
                    .isInstanceOf(RulesetInvalidException.class)
                    .hasMessageContaining("rules/ddscp-2026.1.json")
                    .hasMessageContaining("changed rules need a new version");
        } finally {
            execute("UPDATE ruleset SET content_sha256 = '"
                    + Rulesets.sha256(DataFile.shipped("rules/ddscp-2026.1.json")) + "' WHERE version = 'ddscp-2026.1'");
        }
    }

    private void execute(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            q.executeUpdate();
        }
    }
}
