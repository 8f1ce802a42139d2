package org.opendoor.briefing;

import java.time.Duration;
import java.util.Map;
import org.opendoor.infra.TestInfrastructure;

/** Development-key tokens for the people who read briefings and send figures. */
public final class Analysts {
    private Analysts() {
    }

    /** An analyst of a partnership (LLR, DDSCP), working for {@code org}. */
    public static String of(String partnership, String org) {
        return TestInfrastructure.shared().tokens().mint("analyst", Map.of("partnership", partnership, "org", org),
                Duration.ofHours(1));
    }

    public static String ddscp() {
        return of("DDSCP", "ORG:DDSCP");
    }

    public static String llr() {
        return of("LLR", "ORG:LLR-SAFEGUARDING-PARTNERSHIP");
    }

    /** Someone of another role, with an authority (a duty manager reads its authority's briefings). */
    public static String staff(String role, String la) {
        return TestInfrastructure.shared().tokens().mint(role, "ORG:LA-" + la, la, null);
    }
}
