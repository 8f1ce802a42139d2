package org.opendoor.frontend.census;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.opendoor.frontend.form.Option;

/** The code lists the case page offers come from the services' own files, with the DfE's words. */
class CensusCodesTest {
    private final CensusCodes codes = new CensusCodes();

    @Test
    void primaryNeedsAreTheTenCodesInTheCensussOrder() {
        assertThat(codes.primaryNeeds().codes()).containsExactly("N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8",
                "N9", "N0");
        assertThat(codes.primaryNeeds().text("N1")).isEqualTo("N1 – Abuse or neglect (including domestic violence)");
        assertThat(codes.primaryNeeds().text("N0")).isEqualTo("N0 – Not stated");
        assertThat(codes.primaryNeeds().text("N99")).as("an unknown code is shown as it is").isEqualTo("N99");
    }

    @Test
    void characteristicsListsKeepDescriptionsWithCommas() {
        assertThat(codes.sexes().codes()).containsExactly("M", "F", "U");
        assertThat(codes.ethnicities().codes()).contains("WBRI", "REFU", "NOBT").hasSize(20);
        assertThat(codes.disabilities().text("PC"))
                .isEqualTo("PC – Personal care (eating, washing, dressing, toileting)");
    }

    @Test
    void noneIsOfferedApartFromTheDisabilities() {
        assertThat(codes.disabilityCheckboxes()).extracting(Option::value).doesNotContain("NONE").contains("MOB", "AUT")
                .hasSize(codes.disabilities().codes().size() - 1);
    }
}
