package org.opendoor.briefing.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.opendoor.data.DataFileInvalidException;
import org.opendoor.model.JsonDataFile;

/** The shipped catalogue holds together, and a broken one stops start-up saying what is wrong. */
class MeasureCatalogueTest {
    private static final MeasureCatalogue SHIPPED = JsonDataFile.shipped(MeasureCatalogue.SHIPPED,
            MeasureCatalogue.class);

    @Test
    void theShippedCatalogueFollowsTheSeedBriefingsAreas() {
        assertThat(SHIPPED.sections()).extracting(Section::title).containsExactly(
                "Contacts and referrals from the public and professionals", "Referrals to children's social care",
                "Domestic abuse", "Vulnerable children and schools", "Mental health",
                "Children missing from home or care", "Children at risk of exploitation", "Timeliness");
        assertThat(SHIPPED.measure("re-referral-rate").orElseThrow().numerator()).isEqualTo("child-re-referrals");
        assertThat(SHIPPED.submittableIds()).contains("contacts", "police-domestic-abuse-incidents")
                .doesNotContain("conversion-rate");
        assertThat(SHIPPED.excluded(YearMonth.of(2020, 4))).isTrue();
        assertThat(SHIPPED.excluded(YearMonth.of(2021, 6))).isFalse();
    }

    @Test
    void theSourceGroupsTogetherCountEveryCinSourceCodeOnce() {
        assertThat(SHIPPED.measures().stream().filter(m -> m.id().startsWith("contacts-source-"))
                .flatMap(m -> m.tally().sourceCodes().stream()).sorted().toList())
                .isEqualTo(SHIPPED.measures().stream().filter(m -> m.id().startsWith("contacts-cin-"))
                        .flatMap(m -> m.tally().sourceCodes().stream()).sorted().toList())
                .hasSize(22);
    }

    @Test
    void aPercentageOfAnUnknownCountIsRefused() {
        assertThatThrownBy(() -> JsonDataFile.read("measures.json", """
                {"sections": [{"id": "s", "title": "S"}], "measures": [
                  {"id": "rate", "section": "s", "title": "Rate", "phrase": "the rate", "plural": false, "chart": false, "headline": false, "unit": "PERCENT",
                   "origin": "OPENDOOR", "exposure": "DENOMINATOR", "numerator": "a", "denominator": "b"}]}""",
                MeasureCatalogue.class)).isInstanceOf(DataFileInvalidException.class)
                .hasMessageContaining("rate is a percentage of a, which is not a COUNT measure");
    }

    @Test
    void aMeasureInAnUnknownSectionIsRefused() {
        assertThatThrownBy(() -> JsonDataFile.read("measures.json", """
                {"sections": [{"id": "s", "title": "S"}], "measures": [
                  {"id": "x", "section": "nowhere", "title": "X", "phrase": "x", "plural": true, "chart": false, "headline": false, "unit": "COUNT",
                   "origin": "PARTNER", "exposure": "NONE"}]}""", MeasureCatalogue.class))
                .isInstanceOf(DataFileInvalidException.class).hasMessageContaining("names section nowhere");
    }

    @Test
    void anOpenDoorCountMustSayHowItIsCounted() {
        assertThatThrownBy(() -> JsonDataFile.read("measures.json", """
                {"sections": [{"id": "s", "title": "S"}], "measures": [
                  {"id": "x", "section": "s", "title": "X", "phrase": "x", "plural": true, "chart": false, "headline": false, "unit": "COUNT",
                   "origin": "OPENDOOR", "exposure": "WORKING_DAYS"}]}""", MeasureCatalogue.class))
                .isInstanceOf(DataFileInvalidException.class).hasMessageContaining("says how it is counted (tally)");
    }
}
