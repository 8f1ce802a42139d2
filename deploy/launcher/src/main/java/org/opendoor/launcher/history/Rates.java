package org.opendoor.launcher.history;

/** The check every share and rate of the model's file passes. */
final class Rates {
    private Rates() {
    }

    static double check(double rate, String field) {
        if (!(rate >= 0 && rate <= 1)) {
            throw new IllegalArgumentException(field + " must be between 0 and 1, not " + rate);
        }
        return rate;
    }
}
