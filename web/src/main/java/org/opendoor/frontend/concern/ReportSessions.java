package org.opendoor.frontend.concern;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Optional;
import org.opendoor.frontend.session.ExpiringStore;
import org.opendoor.frontend.session.SessionConfig;
import org.opendoor.frontend.session.SessionIds;

/**
 * Reports in progress, in this instance's memory under a random session id (see {@link ExpiringStore}): no
 * database, so behind a load balancer a person's requests must reach the same instance (sticky sessions).
 */
@ApplicationScoped
public class ReportSessions {
    private final ExpiringStore<Report> reports;

    public ReportSessions(SessionConfig config, Clock clock) {
        this.reports = new ExpiringStore<>(config.capacity(), config.idleTimeout(), clock);
    }

    public Optional<Report> find(String sessionId) {
        return SessionIds.wellFormed(sessionId) ? reports.get(sessionId) : Optional.empty();
    }

    /** Keeps a new report under a new id, which the caller gives the browser as its session cookie. */
    public String start(Report report) {
        String id = SessionIds.next();
        reports.put(id, report);
        return id;
    }

    public void replace(String sessionId, Report report) {
        reports.put(sessionId, report);
    }

    public void end(String sessionId) {
        if (sessionId != null) {
            reports.remove(sessionId);
        }
    }
}
