package org.opendoor.production;

import java.time.Instant;
import java.util.List;

/**
 * Something a bean needs before the service may run in production (a calendar that covers the year ahead, say).
 * {@link ProductionStart} asks every such bean the service really uses at start-up in the {@code prod} profile.
 */
public interface ProductionRequirement {
    /** What is wrong at {@code now}, one sentence each saying what to change; empty when all is well. */
    List<String> productionProblems(Instant now);
}
