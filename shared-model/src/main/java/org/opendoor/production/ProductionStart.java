package org.opendoor.production;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import io.quarkus.runtime.configuration.ConfigurationException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.interceptor.Interceptor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.Config;

/**
 * Refuses to start a service in the production profile ({@code prod}, the default of a packaged service) while it
 * still has development defaults ({@link DevelopmentDefaults}) or a bean it uses is not ready for production
 * ({@link ProductionRequirement}). Quarkus prints the refusal, one line per problem and no stack trace (a
 * {@link ConfigurationException}), and the service exits with 1. The check runs when the application starts, after
 * the extensions' own start-up (Flyway's migration among them).
 *
 * <p>The embedded stack ({@code ./opendoor up}, the whole-system tests) runs the same jars in the {@code embedded}
 * profile, and the services' tests in {@code test}; neither is checked.
 */
@ApplicationScoped
public class ProductionStart {
    public static final String PROFILE = "prod";

    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent event, Config config) {
        if (!ConfigUtils.isProfileActive(PROFILE)) {
            return;
        }
        List<String> problems = problems(config, requirements(), Instant.now());
        if (!problems.isEmpty()) {
            throw new ConfigurationException("Refusing to start in the production profile (" + problems.size()
                    + (problems.size() == 1 ? " problem" : " problems") + "; the embedded stack runs with "
                    + "-Dquarkus.profile=embedded):\n  - " + String.join("\n  - ", problems));
        }
    }

    static List<String> problems(Config config, List<ProductionRequirement> requirements, Instant now) {
        List<String> problems = new ArrayList<>(DevelopmentDefaults.in(config));
        requirements.forEach(r -> problems.addAll(r.productionProblems(now)));
        return problems;
    }

    /**
     * The requirements of the beans this service really has. A programmatic lookup on purpose: an injected
     * {@code Instance} would keep every such bean alive, so a service that never counts working days would have to
     * have a calendar too.
     */
    private static List<ProductionRequirement> requirements() {
        List<ProductionRequirement> found = new ArrayList<>();
        CDI.current().select(ProductionRequirement.class, Any.Literal.INSTANCE).forEach(found::add);
        return found;
    }
}
