package org.opendoor.intake.sourcecode;

import org.opendoor.data.DataFile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.opendoor.model.ReferralSource;
import org.opendoor.model.SourceOfReferralCodes;

/** The shipped CIN code list and defaults are complete and consistent; broken files are refused by name and line. */
class SourceCodeFilesTest {
    private final SourceOfReferralCodes codes = SourceOfReferralCodes.load();
    private final SourceCodeDefaults defaults = SourceCodeDefaults.load(codes);

    @Test
    void theShippedListHasThe22CensusCodes() {
        assertThat(codes.codes()).containsExactly("1A", "1B", "1C", "1D", "2A", "2B", "3A", "3B", "3C", "3D", "3E", "3F",
                "4", "5A", "5B", "5C", "5D", "6", "7", "8", "9", "10");
        assertThat(codes.description("9")).isEqualTo("Anonymous");
        assertThat(codes.description("7")).contains("CAFCASS");
    }

    @Test
    void theShippedDefaultsFollowTheChannelRules() {
        assertThat(defaults.forChannel(ReferralSource.SCHOOL)).contains("2A");
        assertThat(defaults.forChannel(ReferralSource.POLICE)).contains("6");
        assertThat(defaults.forKey(ReferralSource.PUBLIC, "ANONYMOUS")).contains("9");
        assertThat(defaults.forKey(ReferralSource.PUBLIC, "PARENT")).contains("1A");
        assertThat(defaults.forKey(ReferralSource.PUBLIC, "NEIGHBOUR")).contains("1B");
        assertThat(defaults.forKey(ReferralSource.PUBLIC, "OTHER")).contains("1D");
        assertThat(defaults.forKey(ReferralSource.PHONE, "GP")).contains("3A");
        assertThat(defaults.forKey(ReferralSource.PROFESSIONAL, "HOUSING")).contains("4");
        assertThat(defaults.forChannel(ReferralSource.PROFESSIONAL)).isEmpty();
    }

    @Test
    void aFileWithAnUnknownCodeOrChannelIsRefusedNamingTheLine() {
        assertThatThrownBy(() -> SourceCodeDefaults.from(DataFile.parse("defaults.csv", "# c\nSCHOOL,*,2Z\n", 3), codes))
                .hasMessageContaining("defaults.csv line 2").hasMessageContaining("2Z");
        assertThatThrownBy(() -> SourceCodeDefaults.from(DataFile.parse("defaults.csv", "TELEPATHY,*,2A\n", 3), codes))
                .hasMessageContaining("line 1").hasMessageContaining("TELEPATHY");
        assertThatThrownBy(() -> SourceCodeDefaults.from(DataFile.parse("d.csv", "PHONE,GP,3A\nPHONE,GP,3B\n", 3), codes))
                .hasMessageContaining("line 2").hasMessageContaining("twice");
    }

    @Test
    void aCodeListWithoutAll22CodesIsRefused() {
        assertThatThrownBy(() -> SourceOfReferralCodes.parse("codes.csv", "1A,Family\n2A,Schools\n"))
                .hasMessageContaining("codes.csv").hasMessageContaining("expected 22");
        assertThatThrownBy(() -> SourceOfReferralCodes.parse("codes.csv", "1A,Family\n1A,Again\n"))
                .hasMessageContaining("line 2");
    }

    @Test
    void descriptionsMayContainCommas() {
        DataFile file = DataFile.parse("x.csv", "7,Other legal agency (courts, probation)\n", 2);
        assertThat(file.rows().get(0).field(1)).isEqualTo("Other legal agency (courts, probation)");
    }
}
