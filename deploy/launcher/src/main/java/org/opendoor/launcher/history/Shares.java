package org.opendoor.launcher.history;

import java.util.Collection;

/** Shares that divide a whole: each a rate, together one. */
final class Shares {
    private static final double TOLERANCE = 0.001;

    private Shares() {
    }

    static void checkTotal(Collection<Double> shares, String field) {
        double total = 0;
        for (double share : shares) {
            total += Rates.check(share, field);
        }
        if (Math.abs(total - 1) > TOLERANCE) {
            throw new IllegalArgumentException(field + " must add up to 1, not " + total);
        }
    }
}
