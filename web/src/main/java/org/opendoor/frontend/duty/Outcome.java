package org.opendoor.frontend.duty;

import java.util.Arrays;

/** The six duty decisions (API.md), in the words the case page offers them. */
public enum Outcome {
    NFA("No further action"),
    ADVICE_SIGNPOST("Advice and signposting"),
    EARLY_HELP("Early help"),
    S17_ASSESSMENT("Section 17 child in need assessment"),
    S47_STRATEGY_DISCUSSION("Section 47 strategy discussion"),
    IMMEDIATE_PROTECTION("Immediate protection");

    private final String text;

    Outcome(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }

    static boolean known(String code) {
        return Arrays.stream(values()).anyMatch(o -> o.name().equals(code));
    }

    static String textOf(String code) {
        return Arrays.stream(values()).filter(o -> o.name().equals(code)).map(Outcome::text).findFirst()
                .orElse(code == null ? "" : code);
    }
}
