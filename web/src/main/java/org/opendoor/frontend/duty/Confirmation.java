package org.opendoor.frontend.duty;

import java.util.Map;

/** The confirmation the case page shows after an action went through (the {@code done} query parameter). */
final class Confirmation {
    private static final Map<String, String> MESSAGES = Map.of(
            "decision", "Decision recorded. The referrer and partner agencies will be told.",
            "source-code", "Source of referral corrected.",
            "transfer", "Case transferred. The receiving front door will be told.",
            "match", "Possible match answered.",
            "characteristics", "Child's census characteristics saved.");

    private Confirmation() {
    }

    /** The message for a known action, or null (so a hand-made address shows nothing). */
    static String known(String done) {
        return done == null ? null : MESSAGES.get(done);
    }
}
