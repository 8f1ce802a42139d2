package org.opendoor.frontend.concern;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How many reports one client address may send per window (a fixed window per address, in memory: per instance).
 * Counted before the report is sent, so a flood from one address never reaches intake.
 */
@ApplicationScoped
public class SubmissionRateLimit {
    private record Window(Instant opened, int used) {
    }

    private final ReportConfig.Submissions limit;
    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    public SubmissionRateLimit(ReportConfig config, Clock clock) {
        this.limit = config.submissions();
        this.clock = clock;
        if (limit.requests() < 1 || limit.per().isNegative() || limit.per().isZero()) {
            throw new IllegalStateException("Invalid web.report.submissions: " + limit.requests() + " per " + limit.per());
        }
    }

    /** Counts one sending; empty when it may go ahead, otherwise how long the address must wait. */
    public Optional<Duration> take(String clientAddress) {
        Instant now = clock.instant();
        if (windows.size() >= limit.trackedAddresses()) {
            windows.values().removeIf(w -> closed(w, now));
        }
        Window window = windows.compute(clientAddress,
                (address, w) -> w == null || closed(w, now) ? new Window(now, 1) : new Window(w.opened(), w.used() + 1));
        return window.used() <= limit.requests() ? Optional.empty()
                : Optional.of(Duration.between(now, window.opened().plus(limit.per())));
    }

    private boolean closed(Window window, Instant now) {
        return !now.isBefore(window.opened().plus(limit.per()));
    }
}
