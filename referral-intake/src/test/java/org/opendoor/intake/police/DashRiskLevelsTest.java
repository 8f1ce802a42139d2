package org.opendoor.intake.police;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.opendoor.data.DataFile;
import org.opendoor.model.DashRiskLevel;

class DashRiskLevelsTest {
    private final DashRiskLevels shipped = new DashRiskLevels();

    @Test
    void theShippedFileFollowsDash() {
        assertThat(shipped.impliedBy(0)).isEqualTo(DashRiskLevel.STANDARD);
        assertThat(shipped.impliedBy(9)).isEqualTo(DashRiskLevel.STANDARD);
        assertThat(shipped.impliedBy(10)).isEqualTo(DashRiskLevel.MEDIUM);
        assertThat(shipped.impliedBy(13)).isEqualTo(DashRiskLevel.MEDIUM);
        assertThat(shipped.impliedBy(14)).isEqualTo(DashRiskLevel.HIGH);
        assertThat(shipped.impliedBy(27)).isEqualTo(DashRiskLevel.HIGH);
    }

    @Test
    void judgementMayRaiseButNeverLower() {
        assertThat(shipped.lowerThanScoreAllows(DashRiskLevel.HIGH, 3)).isFalse();
        assertThat(shipped.lowerThanScoreAllows(DashRiskLevel.MEDIUM, 14)).isTrue();
        assertThat(shipped.lowerThanScoreAllows(DashRiskLevel.STANDARD, 10)).isTrue();
    }

    @Test
    void aBrokenFileIsRefusedNamingIt() {
        assertThatThrownBy(() -> new DashRiskLevels(DataFile.parse("levels.csv", "STANDARD,0\nHIGH,14\n", 2)))
                .hasMessageContaining("levels.csv").hasMessageContaining("every DASH level");
        assertThatThrownBy(() -> new DashRiskLevels(DataFile.parse("levels.csv", "STANDARD,0\nMEDIUM,15\nHIGH,14\n", 2)))
                .hasMessageContaining("levels.csv");
        assertThatThrownBy(() -> new DashRiskLevels(DataFile.parse("levels.csv", "STANDARD,0\nMEDIUM,ten\nHIGH,14\n", 2)))
                .hasMessageContaining("line 2");
    }
}
