package org.opendoor.frontend.concern;

import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import org.opendoor.frontend.session.SessionCookie;

/**
 * The report of this request's session, found by the session cookie. A page that stores the first answer starts a
 * session; {@link SessionCookies} then sends the cookie with the response.
 */
@RequestScoped
public class CurrentReport {
    private final ReportSessions sessions;
    private final SessionCookie cookie;
    private final RoutingContext routing;
    private String sessionId;
    private String setCookie;

    public CurrentReport(ReportSessions sessions, SessionCookie cookie, RoutingContext routing) {
        this.sessions = sessions;
        this.cookie = cookie;
        this.routing = routing;
        Cookie sent = routing.request().getCookie(cookie.name());
        this.sessionId = sent == null ? null : sent.getValue();
    }

    /** This session's report, sent or not. */
    public Optional<Report> find() {
        return sessions.find(sessionId);
    }

    /** This session's report while it is being written (not yet sent). */
    public Optional<Report> inProgress() {
        return find().filter(r -> r.submitted() == null);
    }

    /** The report being written: this session's, or a new one (also after the last one was sent). */
    public Report draft() {
        Optional<Report> existing = inProgress();
        if (existing.isPresent()) {
            return existing.get();
        }
        Report report = new Report();
        if (find().isPresent()) {
            sessions.replace(sessionId, report);
        } else {
            sessionId = sessions.start(report);
            setCookie = cookie.issue(sessionId);
        }
        return report;
    }

    /** The browser sent a session cookie we no longer know: the answers were forgotten after the idle timeout. */
    public boolean expired() {
        return sessionId != null && find().isEmpty();
    }

    /** Forgets the answers and the cookie ("Exit this page"). */
    public void end() {
        sessions.end(sessionId);
        sessionId = null;
        setCookie = cookie.clear();
    }

    /** The person's address, as the connection or a trusted proxy gives it (quarkus.http.proxy.*). */
    public String clientAddress() {
        return routing.request().remoteAddress() == null ? "unknown" : routing.request().remoteAddress().hostAddress();
    }

    String setCookieHeader() {
        return setCookie;
    }
}
