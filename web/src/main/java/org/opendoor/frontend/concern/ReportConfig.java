package org.opendoor.frontend.concern;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.time.ZoneId;

/** The public journey's settings. */
@ConfigMapping(prefix = "web.report")
public interface ReportConfig {
    /** Dates and times people type are read in this zone. */
    @WithDefault("Europe/London")
    ZoneId timeZone();

    /** Where "Exit this page" goes: a neutral page, as the Design System suggests. */
    @WithDefault("https://www.bbc.co.uk/weather")
    String exitPage();

    /** The councils whose children this service takes reports about, in words. */
    @WithDefault("Leicester, Leicestershire, Rutland, Derby and Derbyshire")
    String areaServed();

    /** GOV.UK's council finder, for a postcode no council of ours covers (triage's answer names it too). */
    @WithDefault("https://www.gov.uk/find-local-council")
    String findYourCouncil();

    Helpline nationalHelpline();

    Submissions submissions();

    /** Who anyone in England can call about a child, wherever they live. */
    interface Helpline {
        @WithDefault("NSPCC helpline")
        String name();

        @WithDefault("0808 800 5000")
        String phone();

        @WithDefault("https://www.nspcc.org.uk/keeping-children-safe/reporting-abuse/report/")
        String website();
    }

    /** Reports one client address may send per window (beyond it: a page saying when to try again). */
    interface Submissions {
        @WithDefault("10")
        int requests();

        @WithDefault("PT10M")
        Duration per();

        /** Client addresses tracked at most; beyond it, finished windows are swept. */
        @WithDefault("100000")
        int trackedAddresses();
    }
}
