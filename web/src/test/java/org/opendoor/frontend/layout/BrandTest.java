package org.opendoor.frontend.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class BrandTest {
    @Test
    void contrastIsMeasuredAsWcagDefinesIt() {
        assertThat(ContrastRatio.between("#000000", "#ffffff")).isEqualTo(21.0);
        assertThat(ContrastRatio.between("#ffffff", "#ffffff")).isEqualTo(1.0);
        // GOV.UK's link blue on white
        assertThat(ContrastRatio.between("#1a65a6", "#ffffff")).isBetween(6.0, 6.5);
    }

    @Test
    void theDefaultBrandPasses() {
        Brand.check(colours("#0b3c5d", "#ffffff", "#0b3c5d", null));
    }

    @Test
    void headerTextThatCannotBeReadStopsTheServiceAtStartUp() {
        assertThatThrownBy(() -> Brand.check(colours("#ffdd00", "#ffffff", "#0b3c5d", null)))
                .hasMessageContaining("header-text on header contrasts 1.");
    }

    @Test
    void aColourThatIsNotHexIsRefusedByName() {
        assertThatThrownBy(() -> Brand.check(colours("navy", "#ffffff", "#0b3c5d", "#12345")))
                .hasMessageContaining("web.brand.colours.header must be #rrggbb, not navy")
                .hasMessageContaining("web.brand.colours.link must be #rrggbb, not #12345");
    }

    @Test
    void aPaleBrandColourIsRefusedBecauseTheInterruptionPanelPutsWhiteTextOnIt() {
        assertThatThrownBy(() -> Brand.check(colours("#0b3c5d", "#ffffff", "#a0c4ff", null)))
                .hasMessageContaining("white on brand");
    }

    private static BrandConfig.Colours colours(String header, String headerText, String brand, String link) {
        return new BrandConfig.Colours() {
            @Override
            public String header() {
                return header;
            }

            @Override
            public String headerText() {
                return headerText;
            }

            @Override
            public String brand() {
                return brand;
            }

            @Override
            public Optional<String> link() {
                return Optional.ofNullable(link);
            }
        };
    }
}
