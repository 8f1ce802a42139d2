package org.opendoor.model;

/** Triage RAG rating, declared most urgent first so that natural order is urgency order. */
public enum Priority {
    RED,
    AMBER,
    GREEN;

    public boolean moreUrgentThan(Priority other) {
        return ordinal() < other.ordinal();
    }

    public static Priority mostUrgent(Priority a, Priority b) {
        return a.ordinal() <= b.ordinal() ? a : b;
    }
}
