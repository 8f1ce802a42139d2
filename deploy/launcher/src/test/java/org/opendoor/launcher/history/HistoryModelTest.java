package org.opendoor.launcher.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.opendoor.data.DataFile;
import org.opendoor.data.DataFileInvalidException;
import org.opendoor.model.JsonDataFile;

/** The model's file is checked as it is read: a mistake in it stops the command with where it is. */
class HistoryModelTest {
    private static final String SHIPPED = DataFile.shipped(HistoryModel.SHIPPED);

    @Test
    void theShippedModelSizesTheFiveAuthoritiesOfTheTwoPartnerships() {
        HistoryModel model = HistoryModel.shipped();
        assertThat(model.authorities()).extracting(Authority::code)
                .containsExactly("E10000018", "E06000016", "E06000017", "E06000015", "E10000007");
        assertThat(model.authorities()).extracting(Authority::partnership)
                .containsExactly("LLR", "LLR", "LLR", "DDSCP", "DDSCP");
        assertThat(model.source()).contains("not any authority's published data");
    }

    @Test
    void seasonsThatMoveTheYearsTotalAreRefused() {
        String file = SHIPPED.replace("0.40, 1.10, 1.15, 1.25, 0.75]", "0.40, 1.10, 1.15, 1.25, 0.95]");
        assertThatThrownBy(() -> read(file)).isInstanceOf(DataFileInvalidException.class)
                .hasMessageContaining("seasonal schools must average 1");
    }

    @Test
    void sharesOfSourcesThatDoNotMakeTheWholeAreRefused() {
        String file = SHIPPED.replace("\"contacts-source-police\", \"share\": 0.28",
                "\"contacts-source-police\", \"share\": 0.30");
        assertThatThrownBy(() -> read(file)).isInstanceOf(DataFileInvalidException.class)
                .hasMessageContaining("the shares of sources must add up to 1");
    }

    @Test
    void aLockdownThatIsNotInTheFileIsRefused() {
        String file = SHIPPED.replace("\"lockdown\": \"exploitation\"", "\"lockdown\": \"exploitaton\"");
        assertThatThrownBy(() -> read(file)).isInstanceOf(DataFileInvalidException.class)
                .hasMessageContaining("contacts-category-exploitation: no lockdown factors named exploitaton");
    }

    private static HistoryModel read(String content) {
        assertThat(content).isNotEqualTo(SHIPPED);
        return JsonDataFile.read(HistoryModel.SHIPPED, content, HistoryModel.class);
    }
}
