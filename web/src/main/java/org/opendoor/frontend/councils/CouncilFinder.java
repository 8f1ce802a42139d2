package org.opendoor.frontend.councils;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/** Which council takes reports for a postcode, asked of triage-service, which owns routing. */
@ApplicationScoped
public class CouncilFinder {
    private static final Logger LOG = Logger.getLogger(CouncilFinder.class);
    private final CouncilsApi api;

    public CouncilFinder(@RestClient CouncilsApi api) {
        this.api = api;
    }

    /** {@code clientAddress} is the person's, so triage's rate limit counts people rather than this server. */
    @Timeout(5000)
    @Retry(maxRetries = 2, delay = 200, retryOn = ProcessingException.class)
    @Fallback(fallbackMethod = "unreachable", applyOn = {ProcessingException.class, TimeoutException.class})
    public CouncilLookup find(String postcode, String clientAddress) {
        try {
            return new CouncilLookup.Found(api.forPostcode(postcode, clientAddress));
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 400) {
                return new CouncilLookup.NotAPostcode();
            }
            // the postcode is personal data: only the status is logged
            LOG.warnf("Council finder answered %d", status);
            return new CouncilLookup.Unavailable();
        }
    }

    CouncilLookup unreachable(String postcode, String clientAddress) {
        LOG.warn("Council finder unreachable");
        return new CouncilLookup.Unavailable();
    }
}
