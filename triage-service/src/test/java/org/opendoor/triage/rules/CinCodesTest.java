package org.opendoor.triage.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendoor.data.DataFile;
import org.opendoor.data.DataFileInvalidException;
import org.opendoor.model.ConcernCategory;
import org.opendoor.model.Indicator;

/** The Children in Need code lists and suggestions: what the shipped file suggests, and what stops start-up. */
class CinCodesTest {
    private static final String FILE = "cin/cin-codes.json";
    private static final String SHIPPED = DataFile.shipped(FILE);
    private final CinCodes codes = new CinCodes(FILE, SHIPPED);

    @Test
    void theCodeHighestInTheDfeListWinsAndFactorsAreInCensusOrder() {
        CinSuggestion s = codes.suggest(List.of(ConcernCategory.MENTAL_HEALTH, ConcernCategory.NEGLECT),
                List.of(Indicator.INJURY), true);

        assertThat(s.primaryNeed()).isEqualTo("N1");
        assertThat(s.factors()).containsExactly("3A", "4A", "16A", "18C");
    }

    @Test
    void nothingSuggestedIsNotStated() {
        CinSuggestion s = codes.suggest(List.of(ConcernCategory.OTHER), List.of(), false);

        assertThat(s.primaryNeed()).isEqualTo("N0");
        assertThat(s.factors()).containsExactly("20");
    }

    @Test
    void anUnknownCategoryNamesTheFileAndTheAllowedValues() {
        assertThatThrownBy(() -> new CinCodes(FILE, SHIPPED.replace("\"NEGLECT\":", "\"NEGLECTED\":")))
                .isInstanceOf(DataFileInvalidException.class)
                .hasMessageContaining(FILE).hasMessageContaining("suggestions.categories")
                .hasMessageContaining("unknown value 'NEGLECTED'").hasMessageContaining("PHYSICAL_ABUSE");
    }

    @Test
    void aSuggestionOfACodeNotInTheListsNamesTheEntry() {
        assertThatThrownBy(() -> new CinCodes(FILE, SHIPPED.replace("\"FGM\": {\"primaryNeed\": \"N1\", \"factors\": "
                + "[\"22A\"]}", "\"FGM\": {\"primaryNeed\": \"N1\", \"factors\": [\"22B\"]}")))
                .hasMessageContaining(FILE).hasMessageContaining("suggestions.indicators.FGM: unknown factor 22B");
        assertThatThrownBy(() -> new CinCodes(FILE, SHIPPED.replace("\"policeDomesticAbuseIncident\": "
                + "{\"primaryNeed\": \"N1\"", "\"policeDomesticAbuseIncident\": {\"primaryNeed\": \"N11\"")))
                .hasMessageContaining("suggestions.policeDomesticAbuseIncident: unknown primary need N11");
    }

    @Test
    void aMisspeltFieldIsRefused() {
        assertThatThrownBy(() -> new CinCodes(FILE, SHIPPED.replace("\"YOUNG_CARER\": {\"primaryNeed\"",
                "\"YOUNG_CARER\": {\"primaryneed\"")))
                .hasMessageContaining(FILE).hasMessageContaining("at suggestions.indicators.YOUNG_CARER")
                .hasMessageContaining("unknown field 'primaryneed'");
    }
}
