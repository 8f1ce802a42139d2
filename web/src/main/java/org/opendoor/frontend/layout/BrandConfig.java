package org.opendoor.frontend.layout;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Optional;

/**
 * The council or partnership whose service this is. These are council services, not GOV.UK: the Generic header
 * carries the organisation's name, never the crown. The defaults are the Leicester, Leicestershire and Rutland
 * safeguarding children partnership, whose "Their door is shut. Ours is open" campaign the public journey follows.
 */
@ConfigMapping(prefix = "web.brand")
public interface BrandConfig {
    /** The organisation running the service, in full: the footer's copyright line and page titles. */
    @WithDefault("Leicester, Leicestershire and Rutland Safeguarding Children Partnership")
    String organisation();

    /** The text of the header's logo link. */
    @WithDefault("LLR Safeguarding Children Partnership")
    String logoText();

    /** The service's name, in the service navigation and page titles. */
    @WithDefault("Report a concern about a child")
    String serviceName();

    /** The organisation's own website, linked from the footer. */
    @WithDefault("https://lrsb.org.uk/")
    String website();

    /** The organisation's privacy notice, linked from the footer. */
    @WithDefault("https://lrsb.org.uk/privacy")
    String privacyNotice();

    Colours colours();

    Campaign campaign();

    /** More links for the footer (text and address), after the service's own. */
    Optional<List<Link>> footerLinks();

    interface Colours {
        /** Background of the Generic header, as #rrggbb. */
        @WithDefault("#0b3c5d")
        String header();

        /** Text of the Generic header; must contrast 4.5:1 with the header. */
        @WithDefault("#ffffff")
        String headerText();

        /** The brand colour GOV.UK Frontend uses for accents (service navigation, focus of some controls). */
        @WithDefault("#0b3c5d")
        String brand();

        /** Links; must contrast 4.5:1 with white. Absent: GOV.UK Frontend's own link colour. */
        Optional<String> link();
    }

    /** The public campaign the start page speaks with. */
    interface Campaign {
        @WithDefault("Their door is shut. Ours is open.")
        String headline();

        @WithDefault("Children may be at greater risk of harm behind closed doors. If you are worried about a child, "
                + "tell us. You do not have to be sure, and you can stay anonymous.")
        String message();
    }

    interface Link {
        String text();

        String href();
    }
}
