package org.opendoor.launcher.browser;

import java.util.ArrayList;
import java.util.List;

/** How many pages axe checked and what it found, for the test's closing line. */
public final class AxeTally {
    private final List<String> pages = new ArrayList<>();
    private int violations;

    synchronized void count(String page, int found) {
        pages.add(page);
        violations += found;
    }

    public synchronized String summary() {
        return String.format("axe-core (WCAG 2.2 AA) checked %d pages, %d violations", pages.size(), violations);
    }
}
