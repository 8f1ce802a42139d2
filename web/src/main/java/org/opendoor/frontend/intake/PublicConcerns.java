package org.opendoor.frontend.intake;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * Sends a finished report to referral-intake. A lost reply or a busy intake is retried with the same
 * Idempotency-Key, which intake honours, so retries never make a second referral.
 */
@ApplicationScoped
public class PublicConcerns {
    private static final Logger LOG = Logger.getLogger(PublicConcerns.class);
    private final PublicConcernsApi api;

    public PublicConcerns(@RestClient PublicConcernsApi api) {
        this.api = api;
    }

    @Timeout(12_000)
    @Retry(maxRetries = 2, delay = 500, retryOn = {ProcessingException.class, IntakeBusy.class})
    @Fallback(fallbackMethod = "unreachable", applyOn = {ProcessingException.class, TimeoutException.class,
            IntakeBusy.class})
    public SubmissionOutcome send(PublicConcernRequest concern, String idempotencyKey, String clientAddress) {
        try {
            return new SubmissionOutcome.Accepted(api.report(concern, idempotencyKey, clientAddress));
        } catch (WebApplicationException e) {
            Response answer = e.getResponse();
            int status = answer.getStatus();
            if (status == 400) {
                List<String> fields = violatedFields(answer);
                // field names only: the values are a person's account of a child
                LOG.warnf("referral-intake refused a public report; fields %s", fields);
                return new SubmissionOutcome.Refused(fields);
            }
            if (status == 429) {
                return new SubmissionOutcome.TooMany(retryAfter(answer));
            }
            if (status >= 500) {
                throw new IntakeBusy(status);
            }
            LOG.warnf("referral-intake answered %d to a public report", status);
            return new SubmissionOutcome.Unavailable();
        }
    }

    SubmissionOutcome unreachable(PublicConcernRequest concern, String idempotencyKey, String clientAddress) {
        LOG.warn("referral-intake did not take a public report after retries");
        return new SubmissionOutcome.Unavailable();
    }

    private static List<String> violatedFields(Response answer) {
        List<String> fields = new ArrayList<>();
        try {
            JsonNode problem = answer.readEntity(JsonNode.class);
            problem.path("violations").forEach(v -> fields.add(v.path("field").asText()));
        } catch (RuntimeException unreadable) {
            fields.add("(unreadable problem details)");
        }
        return fields;
    }

    private static Duration retryAfter(Response answer) {
        try {
            return Duration.ofSeconds(Long.parseLong(answer.getHeaderString("Retry-After")));
        } catch (RuntimeException absent) {
            return Duration.ofMinutes(10);
        }
    }

    /** intake answered 5xx (a database restart, say): worth another try with the same key. */
    static final class IntakeBusy extends RuntimeException {
        IntakeBusy(int status) {
            super("referral-intake answered " + status, null, false, false);
        }
    }
}
