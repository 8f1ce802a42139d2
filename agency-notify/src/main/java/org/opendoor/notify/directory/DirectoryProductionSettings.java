package org.opendoor.notify.directory;

import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.opendoor.production.ProductionRequirement;

/**
 * What the directory needs before a production start: a key for the webhook secrets, and webhooks held to https and
 * public addresses. Listed with the other refusals, rather than found one at a time as the directory loads.
 */
@ApplicationScoped
@Unremovable // looked up only by the production start-up check
class DirectoryProductionSettings implements ProductionRequirement {
    @Inject
    DirectoryConfig config;

    @Override
    public List<String> productionProblems(Instant now) {
        List<String> problems = new ArrayList<>();
        if (config.secretKey().isEmpty()) {
            problems.add("opendoor.directory.secret-key is not set: webhook secrets are encrypted at rest with it "
                    + "(base64 of 32 random bytes, e.g. openssl rand -base64 32)");
        }
        if (config.allowPrivateWebhooks()) {
            problems.add("opendoor.directory.allow-private-webhooks is true: only the embedded stack and the tests "
                    + "may send webhooks over plain http or to private, loopback or link-local addresses");
        }
        return problems;
    }
}
