package org.opendoor.frontend.staff;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.security.ForbiddenException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * One call to a service as the signed-in person, and what its answer means for the page: 404 (not theirs, or no
 * such record) becomes the not-found page; 403 (the service's own role or area check) the "you cannot use this
 * page" page; 400 a refusal whose violations the form shows in its error summary; 409
 * a refusal stated in words; anything else (the service down, a 5xx) the "problem with the service" page. Only the
 * status is logged, never a body: bodies can hold children's details.
 */
public final class ServiceCall {
    private static final Logger LOG = Logger.getLogger(ServiceCall.class);

    private ServiceCall() {
    }

    /** A service said no to what was asked: field → message for 400, or one message under "" for 409. */
    public static final class Refused extends RuntimeException {
        private final Map<String, String> violations;

        Refused(Map<String, String> violations) {
            super("refused", null, false, false);
            this.violations = Map.copyOf(violations);
        }

        public Map<String, String> violations() {
            return violations;
        }
    }

    /** No such record for this person (another authority's case, another school's referral): a 404 page. */
    public static final class NotFound extends RuntimeException {
        public NotFound() {
            super("not found", null, false, false);
        }
    }

    /** The service could not answer: the page says so and what to do. */
    public static final class Unavailable extends RuntimeException {
        Unavailable(Throwable cause) {
            super("service unavailable", cause, false, false);
        }
    }

    public static <T> T answer(String what, Supplier<T> call) {
        try {
            return call.get();
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 404) {
                throw new NotFound();
            }
            if (status == 403) {
                throw new ForbiddenException();
            }
            if (status == 400 || status == 409) {
                throw new Refused(violations(e, status));
            }
            LOG.warnf("%s answered %d", what, status);
            throw new Unavailable(null);
        } catch (ProcessingException e) {
            LOG.warnf("%s could not be reached: %s", what, e.getClass().getSimpleName());
            throw new Unavailable(null);
        }
    }

    private static Map<String, String> violations(WebApplicationException e, int status) {
        Map<String, String> violations = new LinkedHashMap<>();
        try {
            JsonNode problem = e.getResponse().readEntity(JsonNode.class);
            for (JsonNode v : problem.path("violations")) {
                violations.putIfAbsent(v.path("field").asText(), v.path("message").asText());
            }
            if (violations.isEmpty()) {
                violations.put("", problem.path("detail").asText(status == 409 ? "That cannot be done now." : ""));
            }
        } catch (RuntimeException unreadable) {
            violations.put("", "The service refused the request.");
        }
        return violations;
    }
}
