package org.opendoor.frontend.layout;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;

/**
 * The configured brand as every page's layout reads it ({@code {inject:brand.logoText}}). Checked at start-up: a
 * colour that is not #rrggbb, or text that fails WCAG contrast, stops the service rather than reaching a reader.
 */
@Startup
@ApplicationScoped
@Named("brand")
public class Brand {
    private final BrandConfig config;

    public Brand(BrandConfig config) {
        this.config = config;
        check(config.colours());
    }

    static void check(BrandConfig.Colours colours) {
        List<String> problems = new ArrayList<>();
        for (String[] colour : List.of(new String[] {"header", colours.header()},
                new String[] {"header-text", colours.headerText()}, new String[] {"brand", colours.brand()},
                new String[] {"link", colours.link().orElse(null)})) {
            if (colour[1] != null && !ContrastRatio.isHexColour(colour[1])) {
                problems.add("web.brand.colours." + colour[0] + " must be #rrggbb, not " + colour[1]);
            }
        }
        if (problems.isEmpty()) {
            requireContrast(problems, "header-text on header", colours.headerText(), colours.header());
            // the interruption panel ("call 999 now") is white text on the brand colour
            requireContrast(problems, "white on brand", "#ffffff", colours.brand());
            colours.link().ifPresent(link -> requireContrast(problems, "link on white", link, "#ffffff"));
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Invalid brand configuration: " + String.join("; ", problems));
        }
    }

    private static void requireContrast(List<String> problems, String what, String foreground, String background) {
        double ratio = ContrastRatio.between(foreground, background);
        if (ratio < ContrastRatio.TEXT_MINIMUM) {
            problems.add(String.format("web.brand.colours: %s contrasts %.2f:1, below WCAG's %.1f:1", what, ratio,
                    ContrastRatio.TEXT_MINIMUM));
        }
    }

    public String organisation() {
        return config.organisation();
    }

    public String logoText() {
        return config.logoText();
    }

    public String serviceName() {
        return config.serviceName();
    }

    public String website() {
        return config.website();
    }

    public String privacyNotice() {
        return config.privacyNotice();
    }

    public String themeColour() {
        return config.colours().header();
    }

    public String campaignHeadline() {
        return config.campaign().headline();
    }

    public String campaignMessage() {
        return config.campaign().message();
    }

    public List<BrandConfig.Link> footerLinks() {
        return config.footerLinks().orElse(List.of());
    }

    /** The custom properties GOV.UK Frontend 6 and our header read, from the configured colours. */
    public String stylesheet() {
        BrandConfig.Colours c = config.colours();
        StringBuilder css = new StringBuilder(":root {\n")
                .append("  --govuk-brand-colour: ").append(c.brand()).append(";\n")
                .append("  --opendoor-header-colour: ").append(c.header()).append(";\n")
                .append("  --opendoor-header-text-colour: ").append(c.headerText()).append(";\n");
        c.link().ifPresent(link -> css.append("  --govuk-link-colour: ").append(link).append(";\n"));
        return css.append("}\n").toString();
    }
}
